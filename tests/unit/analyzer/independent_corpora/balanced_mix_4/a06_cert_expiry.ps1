# Certificate expiry report for the web farm - CSV picked up by the Monday report job
$servers = Get-Content -Path C:\Scripts\webfarm.txt
$threshold = 45
$results = New-Object System.Collections.ArrayList

foreach ($srv in $servers) {
    $certs = Invoke-Command -ComputerName $srv -ScriptBlock {
        Get-ChildItem Cert:\LocalMachine\My | Where-Object { $_.NotAfter -lt (Get-Date).AddDays($threshold) }
    }
    foreach ($c in $certs) {
        [void]$results.Add([pscustomobject]@{
            Server  = $srv
            Subject = $c.Subject
            Expires = $c.NotAfter
            Thumb   = $c.Thumbprint
        })
    }
}

if ($results.Count -gt 0) {
    $csv = "C:\Reports\certs_$(Get-Date -Format yyyyMMdd).csv"
    $results | Export-Csv -Path $csv -NoTypeInformation
}
