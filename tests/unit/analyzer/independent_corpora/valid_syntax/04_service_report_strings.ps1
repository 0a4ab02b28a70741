[CmdletBinding()]
param(
    [string]$ServiceName = 'Spooler'
)

$svc = Get-Service -Name $ServiceName -ErrorAction Stop
$x86 = ${env:ProgramFiles(x86)}
$quoted = 'It''s the "{0}" service' -f $svc.DisplayName
$dq = "He said ""stop"" and `"start`" at $(Get-Date -Format 'HH:mm')"
$tabbed = "Name`tStatus`n$($svc.Name)`t$($svc.Status)"
$path = "$x86\Common Files\$($svc.Name).log"

$report = @"
Service report for "$($svc.DisplayName)"
 Status : $($svc.Status)
 Mail   : ops@contoso.com, @team-windows
 Cost   : `$0.00 (escaped dollar)
 Array  : @(1, 2, 3) is just text here
"@

$template = @'
$env:Path is not expanded here, nor is $(Get-Date)
Quotes ' and " and even "@ mid-line are fine
'@

$lines = @(
    $quoted
    $dq
    $tabbed
    $path
    $report
    $template
)
$lines -join [Environment]::NewLine |
    Set-Content -LiteralPath (Join-Path -Path $env:TEMP -ChildPath "svc-$ServiceName.txt") -Encoding UTF8
