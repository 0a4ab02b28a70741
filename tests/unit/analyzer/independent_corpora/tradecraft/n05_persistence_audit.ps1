<#
.SYNOPSIS
    Lists autostart entries (Run keys, startup folders, scheduled tasks, WMI consumers) for triage.
.DESCRIPTION
    Read-only: nothing is created, changed or removed.
#>
$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
)

$entries = foreach ($key in $runKeys) {
    if (Test-Path -Path $key) {
        $props = Get-ItemProperty -Path $key
        foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
            [pscustomobject]@{ Source = $key; Name = $p.Name; Command = $p.Value }
        }
    }
}

$startupDirs = [Environment]::GetFolderPath('Startup'), [Environment]::GetFolderPath('CommonStartup')
$entries += Get-ChildItem -Path $startupDirs -File -ErrorAction SilentlyContinue |
    ForEach-Object { [pscustomobject]@{ Source = 'Startup'; Name = $_.Name; Command = $_.FullName } }

$entries += Get-ScheduledTask | Where-Object { $_.TaskPath -notlike '\Microsoft\*' } |
    ForEach-Object { [pscustomobject]@{ Source = 'Task'; Name = $_.TaskName; Command = ($_.Actions.Execute -join ';') } }

$entries += Get-CimInstance -Namespace root/subscription -ClassName CommandLineEventConsumer -ErrorAction SilentlyContinue |
    ForEach-Object { [pscustomobject]@{ Source = 'WMI'; Name = $_.Name; Command = $_.CommandLineTemplate } }

$entries | Sort-Object -Property Source, Name | Format-Table -AutoSize
