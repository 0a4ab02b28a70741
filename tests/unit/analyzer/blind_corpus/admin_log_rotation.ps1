function Remove-OldLog {
    param(
        [string]$LogFolder = 'C:\Logs',
        [int]$RetentionDays = 30
    )
    $cutoff = (Get-Date).AddDays(-$RetentionDays)
    gci -Path $LogFolder -Filter *.log -Recurse | ? { $_.LastWriteTime -lt $cutoff } | % {
        Remove-Item $_.FullName -Force
    }
}

function Compress-LogFolder {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path,
        [string]$ArchiveRoot
    )
    $stamp = Get-Date -Format 'yyyyMMdd'
    $archive = Join-Path -Path $Path -ChildPath "logs-$stamp.zip"
    Compress-Archive -Path (Join-Path $Path '*.log') -DestinationPath $archive -Force
}

Remove-OldLog -LogFolder 'D:\AppLogs' -RetentionDays 14
Compress-LogFolder -Path 'D:\AppLogs'
