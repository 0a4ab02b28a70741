# PowerShell 7 host using Windows-only modules through the compatibility session
Import-Module -Name ServerManager -UseWindowsPowerShell

$features = Get-WindowsFeature | Where-Object Installed
$summary = $features | Group-Object -Property FeatureType | Select-Object Name, Count

$summary | Format-Table -AutoSize
$features.Count -gt 0 ? 'Features found' : 'No features'
