# Configures Contoso line-of-business app settings in the registry.
# Relaunches itself elevated when needed.
param(
    [ValidateSet('Production', 'Staging')]
    [string]$Environment = 'Production',
    [int]$CacheSizeMB = 512
)

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Host 'Not elevated, restarting as administrator...' -ForegroundColor Yellow
    $argList = "-NoProfile -File `"$PSCommandPath`" -Environment $Environment -CacheSizeMB $CacheSizeMB"
    Start-Process -FilePath 'powershell.exe' -ArgumentList $argList -Verb RunAs
    exit
}

$key = 'HKLM:\SOFTWARE\Contoso\OrderDesk'
if (-not (Test-Path $key)) {
    New-Item -Path $key -Force | Out-Null
}

Set-ItemProperty -Path $key -Name 'Environment' -Value $Environment
Set-ItemProperty -Path $key -Name 'CacheSizeMB' -Value $CacheSizeMB -Type DWord
New-ItemProperty -Path $key -Name 'LastConfigured' -Value (Get-Date -Format o) -PropertyType String -Force | Out-Null

$apiBase = if ($Environment -eq 'Production') { 'https://orders.contoso.com/api' } else { 'https://orders-stg.contoso.com/api' }
Set-ItemProperty -Path $key -Name 'ApiBaseUrl' -Value $apiBase

Write-Host "OrderDesk configured for $Environment" -ForegroundColor Green
Get-ItemProperty -Path $key | Select-Object Environment, CacheSizeMB, ApiBaseUrl, LastConfigured
