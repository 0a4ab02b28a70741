<#
.SYNOPSIS
    Creates the weekly capacity report task on the reporting server with schtasks.exe.
.DESCRIPTION
    Uses schtasks because the server still runs the 2012 R2 task scheduler module that lacks
    some settings. The task runs as SYSTEM every Monday at 06:00.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$ScriptPath = 'C:\Scripts\Reports\New-CapacityReport.ps1'
)

$taskName = '\Contoso\Weekly capacity report'
$command = "powershell.exe -NoProfile -NonInteractive -ExecutionPolicy RemoteSigned -File `"$ScriptPath`""

& schtasks.exe /Query /TN $taskName 2>$null | Out-Null
if ($LASTEXITCODE -eq 0) {
    Write-Verbose -Message "$taskName exists and will be overwritten"
}

if ($PSCmdlet.ShouldProcess($taskName, 'Create weekly task')) {
    & schtasks.exe /Create /TN $taskName /TR $command /SC WEEKLY /D MON /ST 06:00 /RU SYSTEM /RL HIGHEST /F
    if ($LASTEXITCODE -ne 0) {
        throw "schtasks failed with exit code $LASTEXITCODE"
    }
}
