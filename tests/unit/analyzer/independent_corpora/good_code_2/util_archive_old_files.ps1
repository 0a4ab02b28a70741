function Move-OldFileToArchive {
    <#
    .SYNOPSIS
        Moves files older than a cutoff into a dated archive folder. Supports -WhatIf and -Confirm.
    .EXAMPLE
        Move-OldFileToArchive -Path D:\Exports -OlderThanDays 90 -WhatIf
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [ValidateScript({ Test-Path -Path $_ -PathType Container })]
        [string]$Path,

        [ValidateRange(1, 3650)]
        [int]$OlderThanDays = 30,

        [string]$ArchiveFolderName = '_archive'
    )

    process {
        $cutoff = (Get-Date).AddDays(-$OlderThanDays)
        $archive = Join-Path -Path $Path -ChildPath $ArchiveFolderName

        $candidates = Get-ChildItem -Path $Path -File |
            Where-Object { $_.LastWriteTime -lt $cutoff }

        foreach ($file in $candidates) {
            $targetFolder = Join-Path -Path $archive -ChildPath $file.LastWriteTime.ToString('yyyy-MM')
            if ($PSCmdlet.ShouldProcess($file.FullName, "Move to $targetFolder")) {
                if (-not (Test-Path -Path $targetFolder)) {
                    New-Item -Path $targetFolder -ItemType Directory -Force | Out-Null
                }
                Move-Item -LiteralPath $file.FullName -Destination $targetFolder
            }
        }
    }
}

'D:\Exports\Finance', 'D:\Exports\HR' | Move-OldFileToArchive -OlderThanDays 180 -WhatIf
