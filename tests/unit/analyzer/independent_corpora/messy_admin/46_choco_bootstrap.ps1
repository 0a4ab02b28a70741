# new build bootstrap: chocolatey + the usual tools
# from https://chocolatey.org/install (run as admin)
Set-ExecutionPolicy Bypass -Scope Process -Force; [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor 3072; iex ((New-Object System.Net.WebClient).DownloadString('https://community.chocolatey.org/install.ps1'))

$packages = "7zip", "notepadplusplus", "git", "sysinternals", "vscode"
foreach ($pkg in $packages) {
    choco install $pkg -y --no-progress
    if ($LASTEXITCODE -ne 0) { Write-Host "FAILED: $pkg" -ForegroundColor Red }
}
refreshenv
