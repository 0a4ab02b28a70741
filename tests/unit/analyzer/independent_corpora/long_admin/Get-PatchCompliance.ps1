<#
.SYNOPSIS
    Monthly patch-compliance report for the server estate.
.DESCRIPTION
    Reads the server list from the CMDB export, asks every server for its installed hotfixes and
    last boot time, and writes an HTML report for the CAB meeting.
#>
param(
    [string]$ServerList = 'C:\Reports\servers.txt',
    [int]$MaxAgeDays = 35,
    [string]$OutFile = "C:\Reports\patch-compliance-$(Get-Date -Format yyyy-MM).html"
)

$servers = Get-Content -Path $ServerList | Where-Object { $_ -and -not $_.StartsWith('#') }
$results = foreach ($server in $servers) {
    if (-not (Test-Connection -ComputerName $server -Count 1 -Quiet)) {
        [pscustomobject]@{
            Server     = $server
            Reachable  = $false
            LastPatch  = $null
            LastBoot   = $null
            Compliant  = $false
        }
        continue
    }

    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $server
    $hotfixes = Get-HotFix -ComputerName $server | Where-Object InstalledOn
    $lastPatch = ($hotfixes | Sort-Object InstalledOn -Descending | Select-Object -First 1).InstalledOn
    $lastBoot = $os.ConvertToDateTime($os.LastBootUpTime)

    [pscustomobject]@{
        Server     = $server
        Reachable  = $true
        LastPatch  = $lastPatch
        LastBoot   = $lastBoot
        Compliant  = $lastPatch -gt (Get-Date).AddDays(-$MaxAgeDays)
    }
}

# the two domain controllers are not in the CMDB export
foreach ($dc in 'DC01', 'DC02') {
    $dcFix = Get-HotFix -ComputerName $dc | Sort-Object InstalledOn -Descending | Select-Object -First 1
    $results += [pscustomobject]@{
        Server    = $dc
        Reachable = $true
        LastPatch = $dcFix.InstalledOn
        LastBoot  = (Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $dc).LastBootUpTime
        Compliant = $dcFix.InstalledOn -gt (Get-Date).AddDays(-$MaxAgeDays)
    }
}

$wsus = Get-WmiObject -Namespace root\cimv2 -Class Win32_Service -ComputerName 'WSUS01' -Filter "Name='WsusService'"
$compliant = @($results | Where-Object Compliant).Count
$total = $results.Count
$pct = if ($total) { [math]::Round(100 * $compliant / $total, 1) } else { 0 }

$style = @'
<style>
body { font-family: Segoe UI, sans-serif; font-size: 10pt }
td, th { border: 1px solid #ccc; padding: 2px 6px }
.bad { background: #f8d7da }
</style>
'@
$html = $results |
    Sort-Object Compliant, Server |
    ConvertTo-Html -Title 'Patch compliance' -Head $style -PreContent "<h2>$compliant of $total servers compliant ($pct %)</h2>"
$html | Set-Content -Path $OutFile -Encoding UTF8
Write-Output "Report written to $OutFile"
