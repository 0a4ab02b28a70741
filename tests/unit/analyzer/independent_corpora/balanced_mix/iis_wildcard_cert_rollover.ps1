# Renews the IIS HTTPS binding on the intranet web server after the wildcard cert rollover
$thumb = '3F2A9C1D7E5B4A6C8D0E1F2A3B4C5D6E7F8A9B0C'
$pfxPass = 'Wildcard#2025'
$pfxPath = '\\fs01\Certs\wildcard-contoso-2025.pfx'

Invoke-Command -ComputerName 'INTRANET-WEB01' -ScriptBlock {
    Import-PfxCertificate -FilePath $using:pfxPath -CertStoreLocation Cert:\LocalMachine\My -Password (ConvertTo-SecureString -String $using:pfxPass -AsPlainText -Force) | Out-Null
    Import-Module WebAdministration
    (Get-WebBinding -Name 'Intranet' -Protocol https).AddSslCertificate($thumb, 'My')
}
Write-Host 'Binding updated' -ForegroundColor Green
