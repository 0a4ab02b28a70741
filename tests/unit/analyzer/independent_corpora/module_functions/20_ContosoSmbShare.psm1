function Get-TargetResource {
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [string]$Path
    )

    Write-Verbose -Message "Reading share $Name"
    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    $ensure = 'Absent'
    if ($share) {
        $ensure = 'Present'
    }

    return @{
        Name   = $Name
        Path   = $share.Path
        Ensure = $ensure
    }
}

function Set-TargetResource {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [string]$Path,

        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )

    if ($Ensure -eq 'Present') {
        Write-Verbose -Message "Creating share $Name for $Path"
        $null = New-SmbShare -Name $Name -Path $Path
    }
    else {
        Write-Verbose -Message "Removing share $Name"
        Remove-SmbShare -Name $Name -Force
    }
}

function Test-TargetResource {
    [CmdletBinding()]
    [OutputType([bool])]
    param(
        [Parameter(Mandatory)]
        [string]$Name,

        [Parameter(Mandatory)]
        [string]$Path,

        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )

    Write-Verbose -Message "Testing share $Name"
    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    if ($Ensure -eq 'Absent') {
        return ($null -eq $share)
    }
    if ($null -eq $share) {
        return $false
    }
    return ($share.Path -eq $Path)
}

Export-ModuleMember -Function *-TargetResource
