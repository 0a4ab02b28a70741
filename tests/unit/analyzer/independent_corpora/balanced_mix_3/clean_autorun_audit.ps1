<#
.SYNOPSIS
    Blue-team triage: lists autostart entries, WMI subscriptions and shadow copies for review.
#>
[CmdletBinding()]
param(
    [string]$OutputFolder = "$env:SystemDrive\IR\$(Get-Date -Format yyyyMMdd-HHmm)"
)

New-Item -Path $OutputFolder -ItemType Directory -Force | Out-Null

$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
)
$autoruns = foreach ($key in $runKeys) {
    $values = Get-ItemProperty -Path $key -ErrorAction SilentlyContinue
    if ($values) {
        $values.PSObject.Properties |
            Where-Object { $_.Name -notlike 'PS*' } |
            ForEach-Object { [pscustomobject]@{ Key = $key; Name = $_.Name; Command = $_.Value } }
    }
}
$autoruns | Export-Csv -Path (Join-Path $OutputFolder 'runkeys.csv') -NoTypeInformation

$startup = [Environment]::GetFolderPath('CommonStartup')
Get-ChildItem -Path $startup -Force | Select-Object Name, LastWriteTime |
    Export-Csv -Path (Join-Path $OutputFolder 'startup.csv') -NoTypeInformation

Get-CimInstance -Namespace root/subscription -ClassName __EventFilter |
    Select-Object Name, Query | Export-Csv -Path (Join-Path $OutputFolder 'wmi-filters.csv') -NoTypeInformation
Get-CimInstance -Namespace root/subscription -ClassName CommandLineEventConsumer |
    Select-Object Name, CommandLineTemplate | Export-Csv -Path (Join-Path $OutputFolder 'wmi-consumers.csv') -NoTypeInformation

vssadmin.exe list shadows | Out-File -FilePath (Join-Path $OutputFolder 'shadows.txt')
Get-ScheduledTask | Where-Object { $_.Principal.RunLevel -eq 'Highest' } |
    Select-Object TaskPath, TaskName, State | Export-Csv -Path (Join-Path $OutputFolder 'tasks.csv') -NoTypeInformation
