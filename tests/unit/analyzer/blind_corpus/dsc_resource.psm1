function Get-TargetResource {
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,
        [Parameter(Mandatory = $true)]
        [string]$Path
    )
    Write-Verbose -Message "Reading share $Name"
    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    return @{
        Name   = $Name
        Path   = $share.Path
        Ensure = if ($share) { 'Present' } else { 'Absent' }
    }
}

function Set-TargetResource {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,
        [Parameter(Mandatory = $true)]
        [string]$Path,
        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )
    if ($Ensure -eq 'Present') {
        New-SmbShare -Name $Name -Path $Path
    }
    else {
        Remove-SmbShare -Name $Name -Force
    }
}

function Test-TargetResource {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,
        [Parameter(Mandatory = $true)]
        [string]$Path,
        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )
    Write-Verbose -Message "Testing share $Name"
    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    return (($null -ne $share) -eq ($Ensure -eq 'Present'))
}

Export-ModuleMember -Function *-TargetResource
