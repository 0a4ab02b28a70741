# bootstrap for new build agents: package manager, then the tool list from config
Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force
[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072
iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))

$config = Get-Content -Path "$PSScriptRoot\agent-tools.json" -Raw | ConvertFrom-Json

foreach ($tool in $config.tools) {
    $line = "choco install $($tool.name) --version $($tool.version) -y --no-progress"
    Write-Host "Installing $($tool.name)..." -ForegroundColor Cyan
    Invoke-Expression $line
}

Invoke-Expression -Command 'refreshenv'
$env:Path = [Environment]::GetEnvironmentVariable('Path', 'Machine')

if ($config.postInstall -ne $null) {
    Invoke-Expression $config.postInstall
}
