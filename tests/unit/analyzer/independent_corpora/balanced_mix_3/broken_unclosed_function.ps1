# Rotates IIS logs into a monthly zip; someone deleted one brace while editing.
$logRoot = 'C:\inetpub\logs\LogFiles'
$keepDays = 30

function Compress-OldLog {
    param([string]$Folder, [datetime]$Before)

    $files = Get-ChildItem -Path $Folder -Filter *.log | Where-Object LastWriteTime -lt $Before
    foreach ($f in $files) {
        $month = $f.LastWriteTime.ToString('yyyy-MM')
        $zip = Join-Path $Folder "archive-$month.zip"
        if (Test-Path $zip) {
            Compress-Archive -Path $f.FullName -DestinationPath $zip -Update
        Compress-Archive -Path $f.FullName -DestinationPath $zip
        Remove-Item -Path $f.FullName
    }
}

foreach ($site in Get-ChildItem -Path $logRoot -Directory) {
    Compress-OldLog -Folder $site.FullName -Before (Get-Date).AddDays(-$keepDays)
}
