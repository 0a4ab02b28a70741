Get-ChildItem -Path C:\Temp | Where-Object { $_.Length -gt 1MB })
Write-Output 'done'
