function Get-TargetResource {
    [CmdletBinding()]
    [OutputType([System.Collections.Hashtable])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateSet('Yes')]
        [string]$IsSingleInstance,

        [Parameter(Mandatory = $true)]
        [string]$TimeZone
    )

    Write-Verbose -Message 'Reading the current time zone.'
    $current = (Get-TimeZone).Id

    return @{
        IsSingleInstance = $IsSingleInstance
        TimeZone         = $current
    }
}

function Set-TargetResource {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateSet('Yes')]
        [string]$IsSingleInstance,

        [Parameter(Mandatory = $true)]
        [string]$TimeZone
    )

    Set-TimeZone -Id $TimeZone
}

function Test-TargetResource {
    [CmdletBinding()]
    [OutputType([System.Boolean])]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateSet('Yes')]
        [string]$IsSingleInstance,

        [Parameter(Mandatory = $true)]
        [string]$TimeZone
    )

    Write-Verbose -Message "Testing whether the time zone is $TimeZone."
    return ((Get-TimeZone).Id -eq $TimeZone)
}

Export-ModuleMember -Function *-TargetResource
