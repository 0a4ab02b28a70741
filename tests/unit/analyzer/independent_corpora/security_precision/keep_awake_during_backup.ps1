<#
.SYNOPSIS
    Prevents the workstation from sleeping while a long robocopy backup runs.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$Source,

    [Parameter(Mandatory)]
    [string]$Destination
)

Add-Type -Namespace Contoso.Power -Name NativeMethods -MemberDefinition @'
[DllImport("kernel32.dll", SetLastError = true)]
public static extern uint SetThreadExecutionState(uint esFlags);
'@

$ES_CONTINUOUS = [uint32]'0x80000000'
$ES_SYSTEM_REQUIRED = [uint32]'0x00000001'

[void][Contoso.Power.NativeMethods]::SetThreadExecutionState($ES_CONTINUOUS -bor $ES_SYSTEM_REQUIRED)
try {
    $logPath = Join-Path -Path $env:TEMP -ChildPath ('backup-{0:yyyyMMdd}.log' -f (Get-Date))
    robocopy.exe $Source $Destination /MIR /R:2 /W:5 /NP /LOG:$logPath
    if ($LASTEXITCODE -ge 8) {
        Write-Error "robocopy reported failures (exit code $LASTEXITCODE), see $logPath"
    }
}
finally {
    [void][Contoso.Power.NativeMethods]::SetThreadExecutionState($ES_CONTINUOUS)
}
