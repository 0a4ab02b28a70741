# disables inactive computer accounts; run monthly from the AD admin box
Import-Module -Name ActiveDirectory

$threshold = (Get-Date).AddDays(-90)
$target = 'OU=Disabled,OU=Computers,DC=contoso,DC=com'

$stale = Get-ADComputer -Filter 'Enabled -eq $true' -Properties LastLogonDate |
    Where-Object { $_.LastLogonDate -and $_.LastLogonDate -lt $threshold }

foreach ($computer in $stale) {
    if ($computer.DistinguishedName -notlike '*OU=Servers*') {
        Disable-ADAccount -Identity $computer
        Move-ADObject -Identity $computer.DistinguishedName -TargetPath $target
    }
    }
}

$stale | Select-Object -Property Name, LastLogonDate |
    Export-Csv -Path "$env:TEMP\stale-computers.csv" -NoTypeInformation
