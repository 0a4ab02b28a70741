#Requires -Modules ActiveDirectory
# creates the accounts for this week's new starters from the HR export

function New-StarterAccounts {
    param(
        [Parameter(Mandatory)]
        [string]$CsvPath,

        [string]$OU = 'OU=Staff,DC=contoso,DC=com'
    )

    $starters = Import-Csv -Path $CsvPath
    foreach ($s in $starters) {
        $plain = -join ((48..57) + (65..90) + (97..122) | Get-Random -Count 14 | ForEach-Object { [char]$_ })
        $params = @{
            Name                  = "$($s.GivenName) $($s.Surname)"
            GivenName             = $s.GivenName
            Surname               = $s.Surname
            SamAccountName        = $s.SamAccountName
            UserPrincipalName     = "$($s.SamAccountName)@contoso.com"
            Path                  = $OU
            AccountPassword       = (ConvertTo-SecureString -String $plain -AsPlainText -Force)
            ChangePasswordAtLogon = $true
            Enabled               = $true
        }
        New-ADUser @params
        $result = "$($s.SamAccountName);$plain"
        Add-Content -Path "$env:USERPROFILE\Desktop\starters.txt" -Value $result
    }
}

New-StarterAccounts -CsvPath '\\hr\exports\starters.csv'
