Import-Module WebAdministration -ErrorAction Stop

function Restart-WebFarm {
    <#
    .SYNOPSIS
        Restarts IIS on every node of a web farm, one node at a time.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string[]]$Node
    )

    function Invoke-NodeRestart {
        param([string]$Name)
        if ($PSCmdlet.ShouldProcess($Name, 'Restart IIS')) {
            iisreset.exe $Name /restart
        }
    }

    foreach ($n in $Node) {
        Invoke-NodeRestart -Name $n
        Start-Sleep -Seconds 30
    }
}

function Restart-AppPool {
    <#
    .SYNOPSIS
        Recycles one application pool.
    #>
    [CmdletBinding(SupportsShouldProcess = $false)]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )

    Restart-WebAppPool -Name $Name
}

function Start-SiteBackup {
    $stamp = Get-Date -Format 'yyyyMMdd'
    Backup-WebConfiguration -Name "sites-$stamp"
}

function Get-AppPoolState {
    <#
    .SYNOPSIS
        Lists application pools and their state.
    #>
    [CmdletBinding()]
    param()

    Get-ChildItem -Path IIS:\AppPools |
        Select-Object -Property Name, State, ManagedRuntimeVersion
}

Export-ModuleMember -Function Restart-WebFarm, Restart-AppPool, Start-SiteBackup, Get-AppPoolState
