# rotate IIS logs older than 30 days into a zip per site
Import-Module WebAdministration
$cutoff = (Get-Date).AddDays(-30)
foreach ($site in Get-Website) {
    $dir = [Environment]::ExpandEnvironmentVariables($site.logFile.directory) + "\W3SVC$($site.id)"
    $old = Get-ChildItem -Path $dir -Filter *.log | Where-Object LastWriteTime -lt $cutoff
    if ($old) {
        Compress-Archive -Path $old.FullName -DestinationPath "$dir\archive-$(Get-Date -Format yyyyMM).zip" -Update
        $old | Remove-Item -Force
}
