Import-Module WebAdministration

$pools = Get-ChildItem IIS:\AppPools
$threshold = 1.5GB

function Restart-HungPool {
    param([string]$PoolName)

    $state = (Get-WebAppPoolState -Name $PoolName).Value
    if ($state -ne 'Started') {
        Write-Warning "$PoolName is $state, starting it"
        Start-WebAppPool -Name $PoolName
        return
    }
    Restart-WebAppPool -Name $PoolName
}

foreach ($pool in $pools) {
    $wp = Get-CimInstance -Namespace root/WebAdministration -ClassName WorkerProcess -ErrorAction SilentlyContinue |
        Where-Object { $_.AppPoolName -eq $pool.Name }
    if ($wp -eq $null) { continue }

    $proc = Get-Process -Id $wp.ProcessId
    if ($proc.PrivateMemorySize64 -gt $threshold) {
        Restart-HungPool -PoolName $pool.Name
        echo "Recycled $($pool.Name) at $([math]::Round($proc.PrivateMemorySize64 / 1MB)) MB"
    }
}

$sites = Get-Website | select Name, State, PhysicalPath
$sites | ft -AutoSize
Set-WebConfigurationProperty -Filter 'system.webServer/httpErrors' -PSPath 'IIS:\' -Name errorMode -Value Custom
