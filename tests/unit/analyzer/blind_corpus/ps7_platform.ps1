$configRoot = if ($IsWindows) { $env:APPDATA } elseif ($IsMacOS) { "$HOME/Library/Application Support" } else { "$HOME/.config" }
$settings = Join-Path -Path $configRoot -ChildPath 'contoso/settings.json'
$data = Get-Content -Path $settings -Raw | ConvertFrom-Json
$name = $data.Name ?? 'default'
Get-Uptime
$items = 'a', 'b', 'c' | Join-String -Separator ', '
Invoke-RestMethod -Uri 'https://internal.contoso.com/api/health' -SkipCertificateCheck
Write-Output "$name $items"
