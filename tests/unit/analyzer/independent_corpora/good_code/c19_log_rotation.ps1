<#
.SYNOPSIS
    Compresses application logs older than a week and removes archives older than the retention.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateScript({ Test-Path -Path $_ -PathType Container })]
    [string]$LogRoot = 'D:\Apps\Billing\logs',

    [ValidateRange(7, 365)]
    [int]$RetentionDays = 90
)

function Compress-OldLog {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)]
        [System.IO.FileInfo]$File
    )

    $archive = [System.IO.Path]::ChangeExtension($File.FullName, '.zip')
    if ($PSCmdlet.ShouldProcess($File.FullName, "Compress to $archive")) {
        Compress-Archive -Path $File.FullName -DestinationPath $archive -Force
        Remove-Item -LiteralPath $File.FullName
    }
}

$weekAgo = (Get-Date).AddDays(-7)
$retentionLimit = (Get-Date).AddDays(-$RetentionDays)

Get-ChildItem -Path $LogRoot -Filter '*.log' -File |
    Where-Object -FilterScript { $_.LastWriteTime -lt $weekAgo } |
    ForEach-Object -Process { Compress-OldLog -File $_ }

$expired = Get-ChildItem -Path $LogRoot -Filter '*.zip' -File |
    Where-Object -FilterScript { $_.LastWriteTime -lt $retentionLimit }
foreach ($zip in $expired) {
    if ($PSCmdlet.ShouldProcess($zip.FullName, 'Delete expired archive')) {
        Remove-Item -LiteralPath $zip.FullName
    }
}
