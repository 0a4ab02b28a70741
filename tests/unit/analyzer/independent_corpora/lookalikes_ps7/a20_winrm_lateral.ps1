$user = 'CORP\svc_backup'
$pass = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$session = New-PSSession -ComputerName 'FS02.corp.local' -Credential $cred
Invoke-Command -Session $session -ScriptBlock {
    Get-ChildItem -Path 'D:\Shares\Finance' -Recurse -Include *.xlsx, *.pdf |
        Select-Object -First 200 -ExpandProperty FullName
}

Invoke-Command -ComputerName DC01 -Credential $cred -ScriptBlock { whoami /groups; net group 'Domain Admins' /domain }
Remove-PSSession -Session $session
