<#
.SYNOPSIS
    Lists autostart entries (Run keys, Startup folders, scheduled tasks) for an incident triage report.
#>
[CmdletBinding()]
param(
    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath 'autoruns.csv')
)

$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
)

$entries = foreach ($key in $runKeys) {
    if (Test-Path -Path $key) {
        $values = Get-ItemProperty -Path $key
        foreach ($property in $values.PSObject.Properties) {
            if ($property.Name -notlike 'PS*') {
                [pscustomobject]@{
                    Source  = $key
                    Name    = $property.Name
                    Command = $property.Value
                }
            }
        }
    }
}

$startupFolders = @(
    [Environment]::GetFolderPath('Startup')
    [Environment]::GetFolderPath('CommonStartup')
)
$startupItems = foreach ($folder in $startupFolders) {
    foreach ($item in (Get-ChildItem -Path $folder -File -ErrorAction SilentlyContinue)) {
        [pscustomobject]@{
            Source  = $folder
            Name    = $item.Name
            Command = $item.FullName
        }
    }
}

$tasks = foreach ($task in (Get-ScheduledTask)) {
    if ($task.TaskPath -notlike '\Microsoft\*') {
        [pscustomobject]@{
            Source  = "Task $($task.TaskPath)"
            Name    = $task.TaskName
            Command = ($task.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join '; '
        }
    }
}

@($entries) + @($startupItems) + @($tasks) |
    Export-Csv -Path $OutputPath -NoTypeInformation -Encoding UTF8
Write-Verbose -Message "Autostart report written to $OutputPath"
