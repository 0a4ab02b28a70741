function Remove-StaleComputerAccount {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory)]
        [int]$InactiveDays,
        [Parameter(Mandatory)]
        [string]$SearchBase = 'OU=Workstations,DC=corp,DC=contoso,DC=com',
        [switch]$Force = $true
    )
    $cutoff = (Get-Date).AddDays(-$InactiveDays)
    $stale = Get-ADComputer -Filter { LastLogonTimeStamp -lt $cutoff } -SearchBase $SearchBase
    foreach ($computer in $stale) {
        Remove-ADComputer -Identity $computer -Confirm:$false
    }
}

function Set-MaintenanceMode {
    [CmdletBinding()]
    param(
        [string]$ServerName,
        [bool]$Enabled
    )
    if ($PSCmdlet.ShouldProcess($ServerName, 'Set maintenance mode')) {
        Set-ItemProperty -Path 'HKLM:\SOFTWARE\Contoso\Monitoring' -Name 'Maintenance' -Value ([int]$Enabled)
    }
}
