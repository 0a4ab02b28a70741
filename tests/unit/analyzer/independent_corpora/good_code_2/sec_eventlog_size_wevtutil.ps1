#Requires -RunAsAdministrator
# Raises the maximum size of the security-relevant logs so a week of events fits (CIS guidance).
$targets = [ordered]@{
    'Security'                                 = 1GB
    'Microsoft-Windows-PowerShell/Operational' = 256MB
    'Microsoft-Windows-Sysmon/Operational'     = 512MB
}

foreach ($entry in $targets.GetEnumerator()) {
    $config = [xml](& wevtutil.exe gl $entry.Key /f:xml)
    $currentSize = [long]$config.channel.logging.maxSize
    if ($currentSize -ge $entry.Value) {
        Write-Verbose "$($entry.Key) already $currentSize bytes"
        continue
    }
    & wevtutil.exe sl $entry.Key "/ms:$($entry.Value)" /rt:false
    Write-Output "$($entry.Key): $currentSize -> $($entry.Value) bytes"
}
