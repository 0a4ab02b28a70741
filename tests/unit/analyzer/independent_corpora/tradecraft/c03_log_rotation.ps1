<#
.SYNOPSIS
    Compresses application logs older than a day and removes archives past the retention period.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$LogDirectory,

    [int]$RetentionDays = 30
)

function Compress-OldLog {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [System.IO.FileInfo]$File
    )
    process {
        $archive = [System.IO.Path]::ChangeExtension($File.FullName, '.zip')
        if ($PSCmdlet.ShouldProcess($File.FullName, 'Compress and delete')) {
            Compress-Archive -Path $File.FullName -DestinationPath $archive -Force
            Remove-Item -LiteralPath $File.FullName
        }
    }
}

$yesterday = (Get-Date).Date.AddDays(-1)
$expiry = (Get-Date).Date.AddDays(-$RetentionDays)

Get-ChildItem -Path $LogDirectory -Filter '*.log' -File |
    Where-Object { $_.LastWriteTime -lt $yesterday } |
    Compress-OldLog

$expired = Get-ChildItem -Path $LogDirectory -Filter '*.zip' -File |
    Where-Object { $_.LastWriteTime -lt $expiry }

foreach ($zip in $expired) {
    if ($PSCmdlet.ShouldProcess($zip.FullName, 'Remove expired archive')) {
        Remove-Item -LiteralPath $zip.FullName
    }
}
