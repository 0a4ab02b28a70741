#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Creates AD accounts for new hires listed in a CSV export from HR.
#>
param(
    [Parameter(Mandatory)]
    [string]$CsvPath,
    [string]$DefaultPassword = 'Welcome2024!',
    [string]$TargetOU = 'OU=Staff,DC=corp,DC=contoso,DC=com'
)

Import-Module ActiveDirectory

$users = Import-Csv -Path $CsvPath
foreach ($user in $users) {
    $sam = ($user.FirstName.Substring(0, 1) + $user.LastName).ToLower()
    $existing = Get-ADUser -Filter "SamAccountName -eq '$sam'" -ErrorAction SilentlyContinue
    if ($existing -ne $null) {
        Write-Host "Skipping $sam, already exists" -ForegroundColor Yellow
        continue
    }
    $secure = ConvertTo-SecureString $DefaultPassword -AsPlainText -Force
    New-ADUser -Name "$($user.FirstName) $($user.LastName)" -SamAccountName $sam `
        -Path $TargetOU -AccountPassword $secure -Enabled $true -ChangePasswordAtLogon $true
    Add-ADGroupMember -Identity 'All Staff' -Members $sam
    Write-Host "Created $sam"
}
