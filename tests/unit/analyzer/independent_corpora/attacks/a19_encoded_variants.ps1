# encoded launchers harvested from the proxy logs, replayed for detection tuning
$x = 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAGgAZQBsAGwAbwAnAA=='

pwsh -ec $x
powershell -enco $x
& "$PSHOME\powershell.exe" -NoLogo -encodedcommand $x
cmd.exe /c powershell.exe -w 1 -e $x
Start-Process -FilePath "$PSHOME\powershell.exe" -ArgumentList @('-NoLogo', '-EncodedCommand', $x) -NoNewWindow

$decoded = [System.Text.Encoding]::Unicode.GetString([System.Convert]::FromBase64String($x))
Invoke-Expression $decoded
[ScriptBlock]::Create([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($x))).Invoke()
