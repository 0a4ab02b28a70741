# Checks that every DNS server answers for the critical records and reports the slow ones.
param(
    [string[]]$DnsServers = @('10.0.0.10', '10.0.0.11'),
    [string[]]$Records = @('dc01.corp.contoso.com', 'mail.contoso.com', 'intranet.contoso.com'),
    [int]$MaxMs = 200
)

$failures = 0
foreach ($host in $DnsServers) {
    foreach ($name in $Records) {
        $sw = [System.Diagnostics.Stopwatch]::StartNew()
        $answer = Resolve-DnsName -Name $name -Server $host -DnsOnly -ErrorAction SilentlyContinue
        $sw.Stop()

        if ($answer = $null) {
            Write-Warning "$host did not resolve $name"
            $failures++
        }
        elseif ($sw.ElapsedMilliseconds > $MaxMs) {
            Write-Warning "$host answered $name in $($sw.ElapsedMilliseconds) ms"
        }
    }
}

$Error = $null
if ($failures -gt 0) {
    exit 1
}
