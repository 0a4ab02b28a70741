#Requires -Modules WebAdministration
Import-Module -Name WebAdministration

function Set-AppPoolIdentity {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [pscredential]$Credential
    )
    $pool = "IIS:\AppPools\$Name"
    Set-ItemProperty -Path $pool -Name processModel -Value @{
        userName     = $Credential.UserName
        password     = $Credential.GetNetworkCredential().Password
        identitytype = 3
    }
}

function Restart-AppPools {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [string[]]$Name = '*'
    )
    foreach ($pool in Get-ChildItem -Path IIS:\AppPools | Where-Object -Property Name -Like $Name) {
        if ($PSCmdlet.ShouldProcess($pool.Name, 'Recycle')) {
            Restart-WebAppPool -Name $pool.Name
        }
    }
}

function Get-AppPoolState {
    param([string]$Name)
    Get-WebAppPoolState -Name $Name | Select-Object -Property @{ n = 'Pool'; e = { $Name } }, Value
}

function Check-AppPoolHealth {
    param([string]$Name, [int]$Port)
    $state = (Get-AppPoolState -Name $Name).Value
    $state -eq 'Started'
}
