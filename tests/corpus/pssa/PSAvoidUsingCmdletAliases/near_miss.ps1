Get-ChildItem -Path C:\temp | ForEach-Object -Process { $_.Name }
