function Get-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    @{ Name = $Name }
}
function Set-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    $Name | Out-File -FilePath C:\state.txt
}
function Test-TargetResource {
    param([Parameter(Mandatory)][string]$Name)
    Write-Verbose -Message $Name
    $true
}
