# run the maintenance payload in a hidden window, with or without pwsh
$b64 = 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAG4AaQBnAGgAdABsAHkAIABtAGEAaQBuAHQAZQBuAGEAbgBjAGUAJwA='
$exe = if (Get-Command -Name pwsh -ErrorAction SilentlyContinue) { 'pwsh.exe' } else { 'powershell.exe' }

if ($exe -eq 'powershell.exe') {
    powershell.exe -NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -EncodedCommand $b64
}
else {
    Start-Process -FilePath pwsh.exe -ArgumentList "-nop -w hidden -exec bypass -enc $b64" -WindowStyle Hidden
}
Write-Output "launched via $exe"
