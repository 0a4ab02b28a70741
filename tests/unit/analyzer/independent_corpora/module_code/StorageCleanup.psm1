function Clear-StaleTempFile {
    <#
    .SYNOPSIS
        Deletes temp files older than a given age from one or more folders.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [ValidateScript({ Test-Path -Path $_ -PathType Container })]
        [string[]]$Path,

        [ValidateRange(1, 365)]
        [int]$OlderThanDays = 14
    )

    begin {
        $cutoff = (Get-Date).AddDays(-$OlderThanDays)
        $removed = 0
    }
    process {
        foreach ($folder in $Path) {
            Get-ChildItem -Path $folder -File -Recurse |
                Where-Object { $_.LastWriteTime -lt $cutoff } |
                ForEach-Object {
                    Remove-StaleItem -Item $_
                    $removed++
                }
        }
    }
    end {
        Write-Verbose -Message "Removed $removed file(s)."
    }
}

function Remove-StaleItem {
    [CmdletBinding(SupportsShouldProcess)]
    param([System.IO.FileInfo]$Item)

    if ($PSCmdlet.ShouldProcess($Item.FullName, 'Delete')) {
        $Item.Delete()
    }
}

function Compress-LogFolder {
    <#
    .SYNOPSIS
        Zips a log folder next to itself.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Folder
    )

    $zip = "$Folder.zip"
    Invoke-ZipHelper -Source $Folder -Destination $zip
}

function Invoke-ZipHelper {
    param([string]$Source, [string]$Destination)
    [System.IO.Compression.ZipFile]::CreateFromDirectory($Source, $Destination)
}

Export-ModuleMember -Function Clear-StaleTempFile, Compress-LogFolder
