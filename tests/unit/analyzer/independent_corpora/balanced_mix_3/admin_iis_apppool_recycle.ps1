# Recycle IIS application pools whose worker processes use too much memory.
Import-Module WebAdministration

$limitMB = 1500
$pools = gci IIS:\AppPools

function Restart-HungPool {
    param($PoolName, $Reason)
    Write-Host "Recycling $PoolName"
    Restart-WebAppPool -Name $PoolName
}

foreach ($pool in $pools) {
    $wps = Get-WmiObject -Namespace root\WebAdministration -Class WorkerProcess |
        Where-Object { $_.AppPoolName -eq $pool.Name }
    foreach ($wp in $wps) {
        $proc = Get-Process -Id $wp.ProcessId -ErrorAction SilentlyContinue
        if ($proc -eq $null) { continue }
        $mb = [math]::Round($proc.WorkingSet64 / 1MB)
        if ($mb -gt $limitMB) {
            Restart-HungPool -PoolName $pool.Name -Reason "$mb MB"
        }
    }
}

# make sure the pools come back with the right identity
foreach ($name in 'Intranet', 'HRPortal') {
    Set-ItemProperty -Path "IIS:\AppPools\$name" -Name processModel.identityType -Value 2
}
