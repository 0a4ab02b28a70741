<#
.SYNOPSIS
    Blue-team triage: lists autostart locations and recovery state without changing anything.
#>
[CmdletBinding()]
param()

$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
)
foreach ($key in $runKeys) {
    if (Test-Path -Path $key) {
        $values = Get-ItemProperty -Path $key
        foreach ($prop in $values.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
            [PSCustomObject]@{ Location = $key; Name = $prop.Name; Command = $prop.Value }
        }
    }
}

Get-CimInstance -Namespace root\subscription -ClassName __EventFilter |
    Select-Object -Property Name, Query
Get-CimInstance -Namespace root\subscription -ClassName CommandLineEventConsumer |
    Select-Object -Property Name, CommandLineTemplate

$startup = [Environment]::GetFolderPath('CommonStartup')
Get-ChildItem -Path $startup -File | Select-Object -Property FullName, LastWriteTime

vssadmin.exe list shadows
(Get-MpPreference).ExclusionPath
