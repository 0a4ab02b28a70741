function Get-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    @{ Name = $Name }
}
function Test-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    $true
}
