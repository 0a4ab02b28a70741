# DSC resource: ensures an SMB share exists with the expected path and description.

function Get-TargetResource {
    [CmdletBinding()]
    [OutputType([hashtable])]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,

        [Parameter(Mandatory = $true)]
        [string]$Path
    )

    Write-Verbose "Reading share $Name"
    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    $ensure = if ($share) { 'Present' } else { 'Absent' }

    @{
        Name        = $Name
        Path        = if ($share) { $share.Path } else { $Path }
        Description = $share.Description
        Ensure      = $ensure
    }
}

function Set-TargetResource {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Name,

        [Parameter(Mandatory = $true)]
        [string]$Path,

        [string]$Description,

        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )

    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    if ($Ensure -eq 'Absent') {
        if ($share) {
            Write-Verbose "Removing share $Name"
            Remove-SmbShare -Name $Name -Force
        }
        return
    }
    if (-not $share) {
        Write-Verbose "Creating share $Name on $Path"
        New-SmbShare -Name $Name -Path $Path -Description $Description | Out-Null
    }
    else {
        Write-Verbose "Updating description of $Name"
        Set-SmbShare -Name $Name -Description $Description -Force
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

        [string]$Description,

        [ValidateSet('Present', 'Absent')]
        [string]$Ensure = 'Present'
    )

    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    if ($Ensure -eq 'Absent') {
        return ($null -eq $share)
    }
    if (-not $share) {
        return $false
    }
    return ($share.Path -eq $Path -and $share.Description -eq $Description)
}

Export-ModuleMember -Function *-TargetResource
