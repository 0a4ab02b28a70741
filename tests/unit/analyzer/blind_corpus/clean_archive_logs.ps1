function Compress-OldLogFile {
    <#
    .SYNOPSIS
        Zips log files older than a given age and removes the originals.
    #>
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [Alias('FullName')]
        [string]$Path,

        [ValidateRange(1, 3650)]
        [int]$OlderThanDays = 7
    )

    process {
        $cutoff = (Get-Date).AddDays(-$OlderThanDays)
        $files = Get-ChildItem -Path $Path -Filter '*.log' -File |
            Where-Object { $_.LastWriteTime -lt $cutoff }
        foreach ($file in $files) {
            $zip = [System.IO.Path]::ChangeExtension($file.FullName, '.zip')
            if ($PSCmdlet.ShouldProcess($file.FullName, 'Compress and remove')) {
                Compress-Archive -Path $file.FullName -DestinationPath $zip -Update
                Remove-Item -LiteralPath $file.FullName
            }
        }
    }
}
