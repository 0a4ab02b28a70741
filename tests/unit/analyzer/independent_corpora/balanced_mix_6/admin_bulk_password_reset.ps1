# bulk reset for the helpdesk - reads users.csv and sets a temp password
param(
    [string]$CsvPath = "C:\temp\users.csv",
    [string]$TempPassword = "Welcome2024!",
    [switch]$ForceChange = $true
)

Import-Module ActiveDirectory
$users = Import-Csv $CsvPath
$count = 0
$failed = 0

foreach ($u in $users) {
    $secure = ConvertTo-SecureString $TempPassword -AsPlainText -Force
    try {
        Set-ADAccountPassword -Identity $u.SamAccountName -NewPassword $secure -Reset -Server DC01
        if ($ForceChange) { Set-ADUser $u.SamAccountName -ChangePasswordAtLogon $true }
        $count++
    } catch { }
}

Write-Host "Reset $count passwords"
gc $CsvPath | measure
