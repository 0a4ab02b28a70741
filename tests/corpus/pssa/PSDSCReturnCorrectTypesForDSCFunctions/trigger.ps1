function Get-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    return $true
}
function Set-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    return 'done'
}
function Test-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    return 'yes'
}
