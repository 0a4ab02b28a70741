# Collects the last day of IIS logs from every web node in parallel (PowerShell 7).
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$WebNodes,
    [string]$Destination = 'D:\LogArchive',
    [int]$Throttle = 8
)

if (-not (Test-Path -Path $Destination)) {
    New-Item -Path $Destination -ItemType Directory | Out-Null
}

$since = (Get-Date).AddDays(-1)
$stamp = Get-Date -Format 'yyyyMMdd'

$results = $WebNodes | ForEach-Object -Parallel {
    Write-Verbose "Collecting logs from $_ newer than $since"
    $node = $_
    $target = Join-Path -Path $using:Destination -ChildPath "$node-$using:stamp"
    $null = New-Item -Path $target -ItemType Directory -Force

    $files = Get-ChildItem -Path "\\$node\c$\inetpub\logs\LogFiles" -Recurse -File |
        Where-Object LastWriteTime -ge $using:since
    $files | Copy-Item -Destination $target
    [pscustomobject]@{ Node = $node; Files = $files.Count }
} -ThrottleLimit $Throttle

$results | Sort-Object Node | Format-Table -AutoSize

$failed = $results.Where({ $_.Files -eq 0 })
if ($failed) {
    Write-Warning "No logs copied from: $($failed.Node -join ', ')"
}
