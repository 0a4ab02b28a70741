<#
.SYNOPSIS
    Registers the nightly log-cleanup task that runs as SYSTEM.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$ScriptPath = 'C:\Scripts\Maintenance\Invoke-LogCleanup.ps1',

    [ValidatePattern('^\d{2}:\d{2}$')]
    [string]$At = '02:30'
)

$taskName = 'Contoso - Nightly log cleanup'
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -File `"$ScriptPath`""
$trigger = New-ScheduledTaskTrigger -Daily -At $At
$principal = New-ScheduledTaskPrincipal -UserId 'SYSTEM' -LogonType ServiceAccount -RunLevel Highest
$settings = New-ScheduledTaskSettingsSet -StartWhenAvailable -ExecutionTimeLimit (New-TimeSpan -Hours 2)

$existing = Get-ScheduledTask -TaskName $taskName -ErrorAction SilentlyContinue
if ($existing) {
    Write-Verbose -Message "Task '$taskName' already exists; it will be replaced"
}

if ($PSCmdlet.ShouldProcess($taskName, 'Register scheduled task')) {
    $params = @{
        TaskName    = $taskName
        Action      = $action
        Trigger     = $trigger
        Principal   = $principal
        Settings    = $settings
        Description = 'Deletes IIS and application logs older than 30 days.'
        Force       = $true
    }
    Register-ScheduledTask @params | Out-Null
}
