function Set-MaintenanceMode {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ServerName,

        [switch]$Enable,

        [switch]$WhatIf,

        [switch]$Force
    )

    $state = if ($Enable) { 'ON' } else { 'OFF' }
    if ($WhatIf) {
        Write-Output "Would set maintenance mode $state on $ServerName"
        return
    }

    if ($Force -or $PSCmdlet.ShouldContinue("Set maintenance mode $state on $ServerName?", 'Confirm')) {
        Invoke-Command -ComputerName $ServerName -ScriptBlock {
            param($NewState)
            Set-ItemProperty -Path 'HKLM:\SOFTWARE\Contoso\App' -Name Maintenance -Value $NewState
        } -ArgumentList $state
    }
}

function Get-MaintenanceMode {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ServerName,

        [string]$ErrorAction = 'Stop'
    )

    if ($PSCmdlet.ShouldContinue("Query $ServerName?", 'Confirm')) {
        Invoke-Command -ComputerName $ServerName -ScriptBlock {
            Get-ItemPropertyValue -Path 'HKLM:\SOFTWARE\Contoso\App' -Name Maintenance
        }
    }
}

Set-MaintenanceMode -ServerName $env:COMPUTERNAME -Enable
