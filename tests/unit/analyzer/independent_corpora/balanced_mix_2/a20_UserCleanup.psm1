<#
.SYNOPSIS
    Lists home folders whose owner no longer exists in Active Directory.
.PARAMETER HomeRoot
    UNC path of the home folder share.
#>
function Get-OrphanedHomeFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$HomeRoot
    )

    Get-ChildItem -Path $HomeRoot -Directory | ForEach-Object {
        $sam = $_.Name
        $user = Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue
        if (-not $user) {
            [pscustomobject]@{ Folder = $_.FullName; SizeMB = [math]::Round((Get-ChildItem $_.FullName -Recurse -File | Measure-Object Length -Sum).Sum / 1MB, 1) }
        }
    }
}

function Move-OrphanedHomeFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$Folder,
        [string]$ArchiveRoot = '\\archive01\homes'
    )
    process {
        if ($PSCmdlet.ShouldProcess($Folder, "Move to $ArchiveRoot")) {
            Move-Item -Path $Folder -Destination $ArchiveRoot
        }
    }
}

Export-ModuleMember -Function Get-OrphanedHomeFolder, Move-OrphanedHomeFolder
