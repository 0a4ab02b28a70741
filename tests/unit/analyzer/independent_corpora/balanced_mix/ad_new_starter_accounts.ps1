# Creates accounts for new starters from the HR export
param(
    [string]$CsvPath = '\\fs01\HR$\NewStarters.csv',
    [string]$DefaultPassword = 'Welcome2Contoso!'
)

Import-Module ActiveDirectory

function New-StarterAccount {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [psobject]$Row,
        [securestring]$InitialPassword
    )
    $sam = ($Row.FirstName.Substring(0, 1) + $Row.LastName).ToLower()
    $upn = "$sam@corp.contoso.com"
    New-ADUser -Name "$($Row.FirstName) $($Row.LastName)" -SamAccountName $sam -UserPrincipalName $upn `
        -Department $Row.Department -Title $Row.Title -Path $Row.OU `
        -AccountPassword $InitialPassword -ChangePasswordAtLogon $true -Enabled $true
    Write-Host "Created $upn"
}

$secure = ConvertTo-SecureString $DefaultPassword -AsPlainText -Force
Import-Csv -Path $CsvPath | ForEach-Object {
    New-StarterAccount -Row $_ -InitialPassword $secure
}
