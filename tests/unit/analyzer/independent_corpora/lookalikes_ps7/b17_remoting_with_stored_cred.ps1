<#
    Monthly inventory of the Hyper-V hosts. The credential is stored per admin with DPAPI
    (Export-Clixml), never in the script.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string[]]$HostName,

    [string]$CliXmlPath = "$env:USERPROFILE\.creds\hyperv-inventory.xml"
)

if (Test-Path -Path $CliXmlPath) {
    $credential = Import-Clixml -Path $CliXmlPath
}
else {
    $credential = Get-Credential -Message 'Account with read access to the Hyper-V hosts'
    New-Item -Path (Split-Path -Path $CliXmlPath -Parent) -ItemType Directory -Force | Out-Null
    $credential | Export-Clixml -Path $CliXmlPath
}

Invoke-Command -ComputerName $HostName -Credential $credential -ScriptBlock {
    Get-VM | Select-Object -Property Name, State, CPUUsage, MemoryAssigned, Uptime
} | Export-Csv -Path ".\hyperv-inventory-$(Get-Date -Format yyyyMM).csv" -NoTypeInformation
