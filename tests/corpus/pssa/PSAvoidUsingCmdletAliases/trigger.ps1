gci -Path C:\temp | % { $_.Name }
