# launcher shapes produced by an obfuscation framework, kept for detection testing
$data = 'Write-Output "beacon check-in $(Get-Date -Format o)"'

&($ShellId[1]+$ShellId[13]+'x') $data
.($env:ComSpec[4,15,25]-Join'') $data
&((Get-Variable '*mdr*').Name[3,11,2]-Join'') $data
& ([string]::Join('', [char[]](73, 69, 88))) $data
$data | &( $PSHome[4]+$PSHome[30]+'x')
$r = 'noisserpxE-ekovnI'
& ($r[-1..-($r.Length)] -join '') $data
