# rotates the IIS logs older than the retention window into a zip per month
$logRoot = 'C:\inetpub\logs\LogFiles'
$retentionDays = 30

function Get-OldLogFile {
    param([string]$Root, [int]$Days)

    $cutoff = (Get-Date).AddDays(-$Days)
    Get-ChildItem -Path $Root -Filter '*.log' -Recurse -File |
        Where-Object { $_.LastWriteTime -lt $cutoff }
}

function Compress-LogMonth {
    param([System.IO.FileInfo[]]$File)

    $groups = $File | Group-Object -Property { $_.LastWriteTime.ToString('yyyy-MM') }
    foreach ($group in $groups) {
        $zip = Join-Path -Path $logRoot -ChildPath "archive-$($group.Name).zip"
        if (Test-Path -Path $zip) {
            Compress-Archive -Path $group.Group.FullName -DestinationPath $zip -Update
        else {
            Compress-Archive -Path $group.Group.FullName -DestinationPath $zip
        }
        $group.Group | Remove-Item -Force
    }
}

$old = Get-OldLogFile -Root $logRoot -Days $retentionDays
if ($old) {
    Compress-LogMonth -File $old
}
