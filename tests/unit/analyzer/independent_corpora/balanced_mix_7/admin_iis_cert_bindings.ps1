Import-Module WebAdministration

function Update-SiteCertificate {
    param(
        [string]$SiteName,
        [string]$Thumbprint
    )
    $binding = Get-WebBinding -Name $SiteName -Protocol https
    if ($binding -eq $null) {
        New-WebBinding -Name $SiteName -Protocol https -Port 443 -SslFlags 1
        $binding = Get-WebBinding -Name $SiteName -Protocol https
    }
    $binding.AddSslCertificate($Thumbprint, 'My')
}

$newCert = Get-ChildItem Cert:\LocalMachine\My |
    Where-Object { $_.Subject -like '*intranet.corp.local*' } |
    Sort-Object NotAfter -Descending |
    Select-Object -First 1

foreach ($site in 'Intranet', 'IntranetApi') {
    Update-SiteCertificate -SiteName $site -Thumbprint $newCert.Thumbprint
    Write-Host "Rebound $site to $($newCert.Thumbprint)"
}
