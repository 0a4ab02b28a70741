<#
    Nightly: archive the large event logs to the log share before Windows overwrites them.
    The logs themselves are never cleared here; retention is switched to archive-on-full.
#>
[CmdletBinding()]
param(
    [string[]]$LogName = @('Security', 'System', 'Application', 'Microsoft-Windows-PowerShell/Operational'),
    [string]$ArchiveRoot = '\\logarchive01\evtx'
)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$target = Join-Path -Path $ArchiveRoot -ChildPath $env:COMPUTERNAME
if (-not (Test-Path -Path $target)) {
    New-Item -Path $target -ItemType Directory | Out-Null
}

foreach ($log in $LogName) {
    $safeName = $log -replace '[\\/ ]', '_'
    $file = Join-Path -Path $target -ChildPath "$safeName-$stamp.evtx"
    wevtutil.exe epl $log $file
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "Export of $log failed with exit code $LASTEXITCODE"
        continue
    }
    $hash = Get-FileHash -Path $file -Algorithm SHA256
    Set-Content -Path "$file.sha256" -Value $hash.Hash

    # keep 1 GB locally and let the service archive full logs instead of overwriting
    wevtutil.exe sl $log /ms:1073741824 /rt:true /ab:true
}

Get-ChildItem -Path $target -Filter '*.evtx' |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-180) } |
    Remove-Item
