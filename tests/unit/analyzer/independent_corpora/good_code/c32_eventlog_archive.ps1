<#
.SYNOPSIS
    Exports the Security and System logs to the archive share and sizes them for retention.
.DESCRIPTION
    The logs are exported (wevtutil epl) and the maximum size raised; they are not cleared,
    Windows overwrites the oldest events once the log is full.
#>
[CmdletBinding()]
param(
    [string]$ArchiveShare = '\\archive01\eventlogs',
    [string[]]$LogName = @('Security', 'System'),
    [ValidateRange(64, 4096)]
    [int]$MaxSizeMB = 1024
)

$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$targetFolder = Join-Path -Path $ArchiveShare -ChildPath $env:COMPUTERNAME
if (-not (Test-Path -Path $targetFolder)) {
    New-Item -Path $targetFolder -ItemType Directory | Out-Null
}

foreach ($log in $LogName) {
    $file = Join-Path -Path $targetFolder -ChildPath "$log-$stamp.evtx"
    & wevtutil.exe epl $log $file
    if ($LASTEXITCODE -ne 0) {
        Write-Error -Message "Export of $log failed with exit code $LASTEXITCODE"
        continue
    }
    & wevtutil.exe sl $log "/ms:$($MaxSizeMB * 1MB)"
    $info = Get-WinEvent -ListLog $log
    Write-Verbose -Message ("{0}: {1} records, max {2:N0} MB" -f $log, $info.RecordCount, ($info.MaximumSizeInBytes / 1MB))
}
