# deploy standard packages to new workstations
$packages = @('googlechrome', '7zip', 'notepadplusplus', 'vlc', 'adobereader')
$log = "C:\Windows\Temp\choco-deploy.log"

if (!(Test-Path "$env:ProgramData\chocolatey\choco.exe")) {
    Set-ExecutionPolicy Bypass -Scope Process -Force
    [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072
    iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))
}

foreach ($p in $packages) {
    choco install $p -y --no-progress | Out-File $log -Append
    if ($LASTEXITCODE -ne 0) {
        Write-Host "FAILED: $p" -ForegroundColor Red
    }
}

winget upgrade --all --silent --accept-source-agreements
