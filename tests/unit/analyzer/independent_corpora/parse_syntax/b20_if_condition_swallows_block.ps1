<#
.SYNOPSIS
    Migrates the monitoring agent config from the old install folder.
#>
[CmdletBinding()]
param(
    [string]$ConfigPath = 'C:\ProgramData\MonAgent\agent.yaml'
)

$legacyConfig = 'C:\ProgramData\MonAgentOld\agent.yaml'
Write-Verbose -Message "Target config: $ConfigPath"

if (Test-Path -Path $legacyConfig {
    Copy-Item -Path $legacyConfig -Destination $ConfigPath
    Write-Verbose -Message "Migrated legacy config to $ConfigPath"
}

# make sure the agent picks up the file
Restart-Service -Name MonAgent
Get-Service -Name MonAgent | Select-Object -Property Name, Status
