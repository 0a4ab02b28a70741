# Renews the IIS certificate from the internal CA and rebinds port 443.
param(
    [string]$Template = 'WebServer-2Y',
    [string]$SiteName = 'Default Web Site'
)

$fqdn = [System.Net.Dns]::GetHostEntry($env:COMPUTERNAME).HostName
$current = Get-ChildItem -Path Cert:\LocalMachine\My |
    Where-Object { $_.Subject -eq "CN=$fqdn" } |
    Sort-Object NotAfter -Descending |
    Select-Object -First 1

if ($current.NotAfter -gt (Get-Date).AddDays(30)) {
    Write-Output "Certificate valid until $($current.NotAfter), nothing to do"
    return
}

try {
    $request = Get-Certificate -Template $Template -DnsName $fqdn -CertStoreLocation Cert:\LocalMachine\My
    $binding = Get-WebBinding -Name $SiteName -Protocol https
    $binding.AddSslCertificate($request.Certificate.Thumbprint, 'My')
}

Write-Output "Bound $($request.Certificate.Thumbprint) to $SiteName"
