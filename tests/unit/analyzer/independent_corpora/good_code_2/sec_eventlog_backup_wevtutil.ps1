<#
.SYNOPSIS
    Archives the main event logs with wevtutil epl before the monthly retention review.
    The logs are exported, never cleared.
#>
[CmdletBinding()]
param(
    [string[]]$LogName = @('Security', 'System', 'Application', 'Microsoft-Windows-PowerShell/Operational'),
    [string]$ArchiveRoot = 'D:\EventLogArchive'
)

$ErrorActionPreference = 'Stop'
$folder = Join-Path -Path $ArchiveRoot -ChildPath (Get-Date -Format 'yyyy-MM')
if (-not (Test-Path -Path $folder)) {
    New-Item -Path $folder -ItemType Directory | Out-Null
}

foreach ($log in $LogName) {
    $safeName = $log -replace '[\\/]', '_'
    $target = Join-Path -Path $folder -ChildPath "$safeName-$(Get-Date -Format 'yyyyMMddHHmm').evtx"
    & wevtutil.exe epl $log $target
    if ($LASTEXITCODE -ne 0) {
        Write-Warning "Export of $log failed with $LASTEXITCODE"
        continue
    }
    $hash = Get-FileHash -Path $target -Algorithm SHA256
    "$($hash.Hash)  $(Split-Path -Path $target -Leaf)" | Add-Content -Path (Join-Path -Path $folder -ChildPath 'SHA256SUMS')
}
