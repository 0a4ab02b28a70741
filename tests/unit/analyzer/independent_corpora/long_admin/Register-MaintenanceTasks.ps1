<#
    Registers the ops maintenance scripts as scheduled tasks on a freshly built server.
    Part of the post-build checklist (step 14). Run elevated.
#>
param(
    [string]$ScriptRoot = 'C:\Ops\Scripts',
    [string]$ServiceAccount = 'CONTOSO\svc-opsmaint',
    [string]$ServiceAccountPassword
)

$ErrorActionPreference = 'Stop'

$tasks = @(
    @{ Name = 'Ops - Log cleanup';    Script = 'Remove-OldLogFiles.ps1';   At = '02:15' }
    @{ Name = 'Ops - Cert expiry';    Script = 'Get-CertificateExpiry.ps1'; At = '06:00' }
    @{ Name = 'Ops - Service health'; Script = 'Watch-CriticalServices.ps1'; At = '00:00' }
)

foreach ($task in $tasks) {
    $scriptPath = Join-Path $ScriptRoot $task.Script
    if (-not (Test-Path $scriptPath)) {
        Write-Warning "$scriptPath missing, task '$($task.Name)' not registered"
        continue
    }

    $action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoProfile -NonInteractive -ExecutionPolicy Bypass -File `"$scriptPath`""
    $trigger = New-ScheduledTaskTrigger -Daily -At $task.At
    $settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit (New-TimeSpan -Hours 2) -StartWhenAvailable

    if (Get-ScheduledTask -TaskName $task.Name -ErrorAction SilentlyContinue) {
        Unregister-ScheduledTask -TaskName $task.Name -Confirm:$false
    }

    Register-ScheduledTask -TaskName $task.Name -TaskPath '\Contoso\' -Action $action -Trigger $trigger `
        -Settings $settings -User $ServiceAccount -Password $ServiceAccountPassword -RunLevel Highest | Out-Null
    Write-Output "Registered '$($task.Name)'"
}

# the watchdog runs every 5 minutes, not daily
$repeat = New-ScheduledTaskTrigger -Once -At (Get-Date).Date -RepetitionInterval (New-TimeSpan -Minutes 5)
Set-ScheduledTask -TaskName 'Ops - Service health' -TaskPath '\Contoso\' -Trigger $repeat `
    -User $ServiceAccount -Password $ServiceAccountPassword | Out-Null

Get-ScheduledTask -TaskPath '\Contoso\' | Select-Object TaskName, State
