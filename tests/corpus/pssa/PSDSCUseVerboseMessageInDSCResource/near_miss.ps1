function Get-TargetResource {
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)]
        [string]$Name
    )
    Write-Verbose -Message "Reading $Name"
    return @{ Name = $Name }
}
function Set-TargetResource {
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$Ensure = 'Present'
    )
    Write-Verbose -Message "Setting $Name to $Ensure"
}
function Test-TargetResource {
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Name,
        [string]$Ensure = 'Present'
    )
    Write-Verbose -Message "Testing $Name for $Ensure"
    return $true
}
