Copy-Item C:\a.txt C:\b.txt $true
