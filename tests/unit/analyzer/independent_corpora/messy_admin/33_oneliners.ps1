# misc one-liners I keep needing

# top 10 biggest folders under C:\Users
gci C:\Users -Directory | % { [pscustomobject]@{ Name = $_.Name; GB = [math]::Round(((gci $_.FullName -Recurse -File -ErrorAction SilentlyContinue | measure Length -Sum).Sum / 1GB), 2) } } | sort GB -Descending | select -First 10 | ft -AutoSize

# who is logged on where
Get-ADComputer -Filter "OperatingSystem -like '*Server*'" | select -ExpandProperty Name | % { quser /server:$_ 2>$null }

# stopped auto-start services
Get-CimInstance Win32_Service -Filter "StartMode='Auto' AND State<>'Running'" |
    Select-Object Name, DisplayName, State |
    Sort-Object Name

# kill all chrome for a user 	
Get-Process chrome -IncludeUserName | where UserName -like "*jsmith" | Stop-Process -Force

# export installed updates
Get-HotFix | Select-Object HotFixID, Description, InstalledOn, InstalledBy `
    | Export-Csv .\hotfixes.csv -NoTypeInformation
