function Compress-OldLog {
    <#
    .SYNOPSIS
        Compresses log files older than a given age into a dated archive.
    .PARAMETER Path
        Folder that holds the log files.
    .PARAMETER OlderThanDays
        Minimum age of the files to archive.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string]$Path,

        [int]$OlderThanDays = 7
    )
    process {
        $limit = (Get-Date).AddDays(-$OlderThanDays)
        $files = Get-ChildItem -Path $Path -Filter '*.log' -File | Where-Object LastWriteTime -lt $limit
        if (-not $files) {
            return
        }
        $archive = Join-Path -Path $Path -ChildPath ('logs-{0:yyyyMMdd}.zip' -f (Get-Date))
        if ($PSCmdlet.ShouldProcess($archive, "Archive $(@($files).Count) files")) {
            Compress-Archive -Path $files.FullName -DestinationPath $archive -Update
            $files | Remove-Item
        }
    }
}

function Get-LogArchive {
    <#
    .SYNOPSIS
        Lists the archives created by Compress-OldLog.
    .PARAMETER Path
        Folder to search.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Path
    )
    Get-ChildItem -Path $Path -Filter 'logs-*.zip' -File |
        Select-Object -Property Name, Length, LastWriteTime
}

Export-ModuleMember -Function Compress-OldLog, Get-LogArchive
