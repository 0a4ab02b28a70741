function Get-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    @{ Name = $Name }
}
function Set-TargetResource {
    param([Parameter(Mandatory)][string]$Name, [string]$Ensure)
    Write-Verbose -Message "$Name $Ensure"
}
function Test-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    $true
}
