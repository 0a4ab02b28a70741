$certs = Get-ChildItem -Path Cert:\LocalMachine\My
$soon = (Get-Date).AddDays(30)

foreach ($cert in ) {
    if ($cert.NotAfter -lt $soon) {
        '{0} expires {1:d}' -f $cert.Subject, $cert.NotAfter
    }
}
Write-Output "$($certs.Count) certificates checked"
