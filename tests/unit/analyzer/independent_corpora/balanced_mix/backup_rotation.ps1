function Remove-ExpiredBackup {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory)]
        [string]$Path,
        [int]$KeepDays = 30
    )
    $limit = (Get-Date).AddDays(-$KeepDays)
    Get-ChildItem -Path $Path -Filter *.bak -File |
        Where-Object LastWriteTime -lt $limit |
        Remove-Item -Force
}

$targets = @('E:\Backups\SQL', 'E:\Backups\Files')
foreach ($t in $targets) {
    Remove-ExpiredBackup -Path $t -KeepDays 45 -Verbose
}
