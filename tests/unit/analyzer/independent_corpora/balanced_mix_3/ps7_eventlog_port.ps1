# Half-ported from Windows PowerShell: collects recent errors for the weekly report.
param(
    [int]$Hours = 24
)

Import-Module -Name ServerManager -UseWindowsPowerShell

$since = (Get-Date).AddHours(-$Hours)
$system = Get-EventLog -LogName System -EntryType Error -After $since
$app = Get-WinEvent -FilterHashtable @{ LogName = 'Application'; Level = 2; StartTime = $since } -ErrorAction SilentlyContinue

$features = Get-WindowsFeature | Where-Object Installed
$summary = [ordered]@{
    SystemErrors = @($system).Count
    AppErrors    = @($app).Count
    Features     = $features.Count
    Host         = [System.Net.Dns]::GetHostName()
}
$summary | ConvertTo-Json | Out-File -FilePath "$env:TEMP\weekly-errors.json"
