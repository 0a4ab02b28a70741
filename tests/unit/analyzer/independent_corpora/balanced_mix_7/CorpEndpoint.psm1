# CorpEndpoint module - endpoint housekeeping helpers
Set-StrictMode -Version Latest

function Get-StaleComputer {
    <#
    .SYNOPSIS
        Lists computer accounts that have not logged on for a number of days.
    .PARAMETER Days
        Age threshold in days.
    #>
    [CmdletBinding()]
    param(
        [int]$Days = 90
    )
    $cutoff = (Get-Date).AddDays(-$Days)
    Get-ADComputer -Filter * -Properties LastLogonDate |
        Where-Object { $_.LastLogonDate -lt $cutoff }
}

function Disable-StaleComputer {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [Microsoft.ActiveDirectory.Management.ADComputer]$Computer
    )
    process {
        if ($PSCmdlet.ShouldProcess($Computer.Name, 'Disable computer account')) {
            Disable-ADAccount -Identity $Computer
        }
    }
}

function Remove-OldProfile {
    <#
    .SYNOPSIS
        Removes local user profiles unused for a number of days.
    #>
    param(
        [int]$Days = 60
    )
    Get-CimInstance -ClassName Win32_UserProfile |
        Where-Object { -not $_.Special -and $_.LastUseTime -lt (Get-Date).AddDays(-$Days) } |
        Remove-CimInstance
}

function Clean-TempFolders {
    Get-ChildItem -Path $env:TEMP -Directory | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}

Export-ModuleMember -Function Get-StaleComputer, Disable-StaleComputer, Remove-OldProfile
