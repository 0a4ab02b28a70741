# DSC resource: DSC_SmbShareAccess
# Ensures an SMB share exists with the given path and access lists.

$script:localizedData = @{
    GettingShare   = 'Getting the state of share {0}.'
    ShareMissing   = 'Share {0} does not exist.'
    CreatingShare  = 'Creating share {0} at {1}.'
    RemovingShare  = 'Removing share {0}.'
    UpdatingAccess = 'Updating {0} access on share {1}.'
}

function Get-TargetResource
{
    [CmdletBinding()]
    [OutputType([System.Collections.Hashtable])]
    param
    (
        [Parameter(Mandatory = $true)]
        [System.String]
        $Name,

        [Parameter(Mandatory = $true)]
        [System.String]
        $Path
    )

    Write-Verbose -Message ($script:localizedData.GettingShare -f $Name)

    $share = Get-SmbShare -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $share)
    {
        Write-Verbose -Message ($script:localizedData.ShareMissing -f $Name)
        return @{
            Name         = $Name
            Path         = $Path
            Ensure       = 'Absent'
            FullAccess   = @()
            ChangeAccess = @()
            ReadAccess   = @()
        }
    }

    $access = Get-SmbShareAccess -Name $Name
    return @{
        Name         = $Name
        Path         = $share.Path
        Ensure       = 'Present'
        FullAccess   = [string[]]($access | Where-Object { $_.AccessRight -eq 'Full' -and $_.AccessControlType -eq 'Allow' }).AccountName
        ChangeAccess = [string[]]($access | Where-Object { $_.AccessRight -eq 'Change' -and $_.AccessControlType -eq 'Allow' }).AccountName
        ReadAccess   = [string[]]($access | Where-Object { $_.AccessRight -eq 'Read' -and $_.AccessControlType -eq 'Allow' }).AccountName
    }
}

function Set-TargetResource
{
    [CmdletBinding()]
    param
    (
        [Parameter(Mandatory = $true)]
        [System.String]
        $Name,

        [Parameter(Mandatory = $true)]
        [System.String]
        $Path,

        [ValidateSet('Present', 'Absent')]
        [System.String]
        $Ensure = 'Present',

        [System.String[]]
        $FullAccess = @(),

        [System.String[]]
        $ChangeAccess = @(),

        [System.String[]]
        $ReadAccess = @()
    )

    $current = Get-TargetResource -Name $Name -Path $Path

    if ($Ensure -eq 'Absent')
    {
        if ($current.Ensure -eq 'Present')
        {
            Write-Verbose -Message ($script:localizedData.RemovingShare -f $Name)
            Remove-SmbShare -Name $Name -Force
        }
        return
    }

    if ($current.Ensure -eq 'Absent')
    {
        Write-Verbose -Message ($script:localizedData.CreatingShare -f $Name, $Path)
        $newShare = @{ Name = $Name; Path = $Path }
        if ($FullAccess) { $newShare['FullAccess'] = $FullAccess }
        if ($ChangeAccess) { $newShare['ChangeAccess'] = $ChangeAccess }
        if ($ReadAccess) { $newShare['ReadAccess'] = $ReadAccess }
        New-SmbShare @newShare | Out-Null
        return
    }

    foreach ($right in 'Full', 'Change', 'Read')
    {
        $wanted = Get-Variable -Name "${right}Access" -ValueOnly
        $have = $current["${right}Access"]
        $diff = Compare-Object -ReferenceObject @($wanted) -DifferenceObject @($have)
        if ($diff)
        {
            Write-Verbose -Message ($script:localizedData.UpdatingAccess -f $right, $Name)
            foreach ($account in $have)
            {
                Revoke-SmbShareAccess -Name $Name -AccountName $account -Force | Out-Null
            }
            foreach ($account in $wanted)
            {
                Grant-SmbShareAccess -Name $Name -AccountName $account -AccessRight $right -Force | Out-Null
            }
        }
    }
}

function Test-TargetResource
{
    [CmdletBinding()]
    [OutputType([System.Boolean])]
    param
    (
        [Parameter(Mandatory = $true)]
        [System.String]
        $Name,

        [Parameter(Mandatory = $true)]
        [System.String]
        $Path,

        [ValidateSet('Present', 'Absent')]
        [System.String]
        $Ensure = 'Present',

        [System.String[]]
        $FullAccess = @(),

        [System.String[]]
        $ChangeAccess = @(),

        [System.String[]]
        $ReadAccess = @()
    )

    $current = Get-TargetResource -Name $Name -Path $Path
    if ($current.Ensure -ne $Ensure)
    {
        return $false
    }
    if ($Ensure -eq 'Absent')
    {
        return $true
    }
    if ($current.Path -ne $Path)
    {
        return $false
    }

    $inDesiredState = $true
    foreach ($pair in @(
            @($FullAccess, $current.FullAccess),
            @($ChangeAccess, $current.ChangeAccess),
            @($ReadAccess, $current.ReadAccess)))
    {
        if (Compare-Object -ReferenceObject @($pair[0]) -DifferenceObject @($pair[1]))
        {
            $inDesiredState = $false
        }
    }
    return $inDesiredState
}

Export-ModuleMember -Function *-TargetResource
