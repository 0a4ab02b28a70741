<#
.SYNOPSIS
    Rotates application log files: compresses yesterday's logs and deletes old archives.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [string]$LogDirectory = 'C:\ProgramData\Contoso\Logs',
    [int]$KeepDays = 14
)

function Compress-LogFile {
    <#
    .SYNOPSIS
        Compresses one log file next to itself and removes the original.
    .PARAMETER Path
        Full path of the log file.
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        [System.IO.FileInfo]$Path
    )
    process {
        $zip = [System.IO.Path]::ChangeExtension($Path.FullName, '.zip')
        if ($PSCmdlet.ShouldProcess($Path.FullName, 'Compress and remove')) {
            Compress-Archive -LiteralPath $Path.FullName -DestinationPath $zip -Force
            Remove-Item -LiteralPath $Path.FullName
        }
    }
}

$today = (Get-Date).Date
$logs = Get-ChildItem -Path $LogDirectory -Filter '*.log' -File |
    Where-Object -FilterScript { $_.LastWriteTime -lt $today }
$logs | Compress-LogFile

$limit = $today.AddDays(-$KeepDays)
$oldArchives = @(Get-ChildItem -Path $LogDirectory -Filter '*.zip' -File |
    Where-Object -FilterScript { $_.LastWriteTime -lt $limit })
switch ($oldArchives.Count) {
    0 { Write-Verbose -Message 'No archives to delete.' }
    { $_ -gt 100 } { Write-Warning -Message "Deleting $($oldArchives.Count) archives." }
    default { Write-Verbose -Message "Deleting $($oldArchives.Count) archives." }
}
foreach ($archive in $oldArchives) {
    if ($PSCmdlet.ShouldProcess($archive.FullName, 'Delete old archive')) {
        Remove-Item -LiteralPath $archive.FullName
    }
}
