<#
.SYNOPSIS
    Ships new IIS log files to the central log share and compresses older ones.
#>
[CmdletBinding()]
param(
    [string]$Source = 'C:\inetpub\logs\LogFiles',
    [string]$Destination = '\\logstore01\iis',
    [int]$CompressAfterDays = 2
)

$marker = Join-Path $env:ProgramData 'LogShip\last-run.txt'
$lastRun = if (Test-Path $marker) { Get-Date (Get-Content $marker -Raw) } else { [datetime]::MinValue }
$now = Get-Date

$newFiles = Get-ChildItem -Path $Source -Filter '*.log' -Recurse -File |
    Where-Object { $_.LastWriteTime -gt $lastRun }

foreach ($f in $newFiles) {
    $site = Split-Path $f.DirectoryName -Leaf
    $target = Join-Path (Join-Path $Destination $env:COMPUTERNAME) $site
    if (-not (Test-Path $target)) {
        New-Item -Path $target -ItemType Directory -Force | Out-Null
    }
    Copy-Item -Path $f.FullName -Destination $target -Force
}

Get-ChildItem -Path $Source -Filter '*.log' -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $now.AddDays(-$CompressAfterDays) } |
    ForEach-Object {
        Compress-Archive -Path $_.FullName -DestinationPath "$($_.FullName).zip" -Update
        Remove-Item -Path $_.FullName
    }

New-Item -Path (Split-Path $marker) -ItemType Directory -Force | Out-Null
Set-Content -Path $marker -Value $now.ToString('o')
Write-Verbose "Shipped $(@($newFiles).Count) file(s)"
