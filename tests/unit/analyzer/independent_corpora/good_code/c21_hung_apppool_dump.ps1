<#
.SYNOPSIS
    Captures a full memory dump of a hung IIS worker process for the developers.
.DESCRIPTION
    Finds the w3wp.exe serving the given application pool and writes a full dump with
    Sysinternals ProcDump to the diagnostics share.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$AppPoolName,

    [string]$ProcDumpPath = 'C:\Tools\Sysinternals\procdump64.exe',

    [string]$DumpFolder = 'D:\Dumps'
)

$workers = Get-CimInstance -ClassName Win32_Process -Filter "Name = 'w3wp.exe'"
$worker = $workers | Where-Object -FilterScript { $_.CommandLine -match "-ap `"$([regex]::Escape($AppPoolName))`"" }
if (-not $worker) {
    throw "No worker process is running for application pool '$AppPoolName'."
}

$dumpFile = Join-Path -Path $DumpFolder -ChildPath ('{0}_{1:yyyyMMdd_HHmmss}.dmp' -f $AppPoolName, (Get-Date))
if ($PSCmdlet.ShouldProcess("w3wp.exe ($($worker.ProcessId))", 'Write full memory dump')) {
    & $ProcDumpPath -accepteula -ma $worker.ProcessId $dumpFile
    if ($LASTEXITCODE -ne 1) {
        Write-Warning -Message "procdump exited with $LASTEXITCODE"
    }
    Get-Item -Path $dumpFile
}
