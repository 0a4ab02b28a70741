#Requires -Version 5.1

function Get-StaleComputer {
    <#
    .SYNOPSIS
        Lists computer accounts that have not logged on for a number of days.
    .PARAMETER Days
        Age threshold in days.
    .PARAMETER SearchBase
        Distinguished name of the OU to search.
    .EXAMPLE
        Get-StaleComputer -Days 120 -SearchBase 'OU=Workstations,DC=contoso,DC=com'
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [ValidateRange(1, 3650)]
        [int]$Days = 90,

        [Parameter(Mandatory)]
        [string]$SearchBase
    )

    $cutoff = (Get-Date).AddDays(-$Days)
    Get-ADComputer -Filter 'Enabled -eq $true' -SearchBase $SearchBase -Properties LastLogonDate |
        Where-Object { $_.LastLogonDate -lt $cutoff } |
        ForEach-Object {
            [pscustomobject]@{
                Name          = $_.Name
                LastLogonDate = $_.LastLogonDate
                DaysInactive  = [int]((Get-Date) - $_.LastLogonDate).TotalDays
            }
        }
}

function Disable-StaleComputer {
    <#
    .SYNOPSIS
        Disables the computer accounts piped to it.
    .PARAMETER Name
        Computer account name.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Name
    )
    process {
        if ($PSCmdlet.ShouldProcess($Name, 'Disable computer account')) {
            Disable-ADAccount -Identity "$Name$"
        }
    }
}

Export-ModuleMember -Function Get-StaleComputer, Disable-StaleComputer
