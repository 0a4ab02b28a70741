function Get-StaleComputer {
    <#
    .SYNOPSIS
        Lists computer accounts that have not logged on for the given number of days.
    #>
    [CmdletBinding()]
    param(
        [int]$Days = 90,
        [string]$SearchBase
    )
    $cutoff = (Get-Date).AddDays(-$Days)
    $params = @{ Filter = "LastLogonTimeStamp -lt $($cutoff.ToFileTime())"; Properties = 'LastLogonTimeStamp' }
    if ($SearchBase) { $params['SearchBase'] = $SearchBase }
    Get-ADComputer @params | Select-Object Name, @{ n = 'LastLogon'; e = { [datetime]::FromFileTime($_.LastLogonTimeStamp) } }
}

function Disable-StaleComputer {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Name
    )
    process {
        if ($PSCmdlet.ShouldProcess($Name, 'Disable computer account')) {
            Disable-ADAccount -Identity (Get-ADComputer -Identity $Name)
        }
    }
}

function Get-ServiceAccountPasswords {
    param([string]$Path = '\\fs01\it$\svc-accounts.csv')
    Import-Csv -Path $Path | ForEach-Object {
        $global:LastServiceAccount = $_.Account
        [pscustomobject]@{ Account = $_.Account; Password = $_.Password }
    }
}

Export-ModuleMember -Function Get-StaleComputer, Disable-StaleComputer, Get-ServiceAccountPasswords
