<#
    Creates the self-signed development certificate for the local IIS Express / Kestrel sites,
    trusts it for the current user and exports a PFX for the Docker containers.
    Developer workstations only - never run on a server.
#>
param(
    [string[]]$DnsName = @('localhost', 'dev.contoso.local', 'api.dev.contoso.local'),
    [string]$ExportPath = (Join-Path $HOME '.certs\contoso-dev.pfx'),
    [int]$ValidYears = 2
)

$existing = Get-ChildItem -Path Cert:\CurrentUser\My |
    Where-Object { $_.Subject -eq "CN=$($DnsName[0])" -and $_.NotAfter -gt (Get-Date).AddDays(30) }
if ($existing) {
    Write-Host "Reusing certificate $($existing[0].Thumbprint)" -ForegroundColor Green
    $cert = $existing[0]
} else {
    $cert = New-SelfSignedCertificate -DnsName $DnsName -CertStoreLocation Cert:\CurrentUser\My `
        -NotAfter (Get-Date).AddYears($ValidYears) -KeyExportPolicy Exportable -FriendlyName 'Contoso dev'
    Write-Host "Created certificate $($cert.Thumbprint)" -ForegroundColor Yellow
}

# trust it (prompts once)
$rootStore = New-Object System.Security.Cryptography.X509Certificates.X509Store('Root', 'CurrentUser')
$rootStore.Open('ReadWrite')
$rootStore.Add($cert)
$rootStore.Close()

# the docker-compose file expects this password
$pfxPassword = ConvertTo-SecureString -String 'DevOnly!2024' -AsPlainText -Force
$folder = Split-Path -Path $ExportPath -Parent
if (-not (Test-Path $folder)) {
    New-Item -ItemType Directory -Path $folder | Out-Null
}
Export-PfxCertificate -Cert $cert -FilePath $ExportPath -Password $pfxPassword | Out-Null

$thumbprint = $cert.Thumbprint
dotnet user-secrets set 'Kestrel:Certificates:Default:Path' $ExportPath --project .\src\Contoso.Api
Write-Host "PFX exported to $ExportPath"
