function Get-LogFolderSize {
    <#
    .SYNOPSIS
        Returns the size of each log folder under a root, largest first.
    .PARAMETER Path
        The root folder that holds one folder per application.
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        [Parameter(Mandatory)]
        [ValidateScript({ Test-Path -Path $_ -PathType Container })]
        [string]$Path
    )

    Get-ChildItem -Path $Path -Directory | ForEach-Object {
        $bytes = (Get-ChildItem -Path $_.FullName -File -Recurse | Measure-Object -Property Length -Sum).Sum
        [pscustomobject]@{
            Folder = $_.Name
            SizeMB = [math]::Round($bytes / 1MB, 1)
        }
    } | Sort-Object -Property SizeMB -Descending
}

function Remove-OldLogFile {
    <#
    .SYNOPSIS
        Deletes log files older than the given number of days.
    .PARAMETER Path
        Folder to clean.
    .PARAMETER Days
        Age in days after which a file is removed.
    #>
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory)]
        [string]$Path,

        [ValidateRange(1, 3650)]
        [int]$Days = 30
    )

    $cutoff = (Get-Date).AddDays(-$Days)
    foreach ($file in (Get-ChildItem -Path $Path -Filter '*.log' -File -Recurse)) {
        if ($file.LastWriteTime -lt $cutoff -and $PSCmdlet.ShouldProcess($file.FullName, 'Delete')) {
            Remove-Item -LiteralPath $file.FullName -Force
        }
    }
}

Export-ModuleMember -Function Get-LogFolderSize, Remove-OldLogFile
