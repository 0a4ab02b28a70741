# Applies the log retention standard on domain controllers (run locally, Windows PowerShell 5.1).
$standard = @{
    'Security'              = 1GB
    'System'                = 256MB
    'Application'           = 256MB
    'Directory Service'     = 512MB
}

foreach ($log in $standard.Keys) {
    $current = Get-WinEvent -ListLog $log -ErrorAction SilentlyContinue
    if ($current -eq $null) {
        Write-Warning "Log $log not present on $env:COMPUTERNAME"
        continue
    }
    if ($current.MaximumSizeInBytes -lt $standard[$log]) {
        Limit-EventLog -LogName $log -MaximumSize $standard[$log] -OverflowAction OverwriteAsNeeded
        Write-Verbose "Raised $log to $($standard[$log] / 1MB) MB"
    }
}

$sources = Get-ChildItem -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\EventLog\Application' |
    Where-Object { $_.GetValue('EventMessageFile') -eq $null } |
    Select-Object -ExpandProperty PSChildName

if ($sources -ne $null) {
    Write-Output "Sources without a message file: $($sources -join ', ')"
}

New-EventLog -LogName Application -Source 'ContosoRetention' -ErrorAction SilentlyContinue
Write-EventLog -LogName Application -Source 'ContosoRetention' -EventId 1000 -Message 'Retention policy applied'
