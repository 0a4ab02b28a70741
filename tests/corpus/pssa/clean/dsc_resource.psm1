function Get-TargetResource {
    <#
    .SYNOPSIS
        Gets the state of the resource.
    #>
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )
    Write-Verbose -Message "Reading $Name"
    return @{ Name = $Name }
}
function Set-TargetResource {
    <#
    .SYNOPSIS
        Sets the state of the resource.
    #>
    # The DSC engine never passes -WhatIf; PSScriptAnalyzer still reports the Set- verb, so it is suppressed.
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseShouldProcessForStateChangingFunctions', '')]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$Ensure = 'Present'
    )
    Write-Verbose -Message "Setting $Name to $Ensure"
}
function Test-TargetResource {
    <#
    .SYNOPSIS
        Tests the state of the resource.
    #>
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$Ensure = 'Present'
    )
    Write-Verbose -Message "Testing $Name for $Ensure"
    return $true
}
