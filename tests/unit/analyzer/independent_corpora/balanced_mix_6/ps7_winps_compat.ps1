#Requires -Version 7.1
Import-Module -Name ServerManager -UseWindowsPowerShell -WarningAction SilentlyContinue

$features = Get-WindowsFeature | Where-Object Installed
$features | Select-Object -Property Name, DisplayName |
    Export-Csv -Path ./features.csv -NoTypeInformation -UseQuotes AsNeeded

Get-Content -Path ./features.csv -Tail 5
