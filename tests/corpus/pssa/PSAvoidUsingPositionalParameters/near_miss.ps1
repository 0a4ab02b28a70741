Copy-Item -Path C:\a.txt -Destination C:\b.txt
Get-ChildItem C:\temp
