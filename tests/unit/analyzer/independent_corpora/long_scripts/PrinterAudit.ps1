# PrinterAudit.ps1
# Audits print queues and drivers on the legacy print servers and fixes the common problems.
# Windows PowerShell 5.1 only - the print servers are still 2012 R2.

$printServers = 'PRN01', 'PRN02', 'PRN03'
$outDir = 'C:\Audit\Printers'
$driverShare = '\\deploy01\drivers$\print'
$knownGood = New-Object Hashtable

if (-not (Test-Path $outDir)) { mkdir $outDir | Out-Null }

# driver hashes we trust (from the vendor packages)
Get-ChildItem $driverShare -Recurse -Filter *.inf | ForEach-Object {
    $h = Get-FileHash $_.FullName -Algorithm MD5
    $knownGood[$_.Name] = $h.Hash
}

$input = Read-Host 'Fix problems automatically? (y/n)'
$fix = $input -eq 'y'

$results = @()
foreach ($server in $printServers) {
    Write-Output "$server: checking queues"
    try {
        $queues = Get-WmiObject -Class Win32_Printer -ComputerName $server
    }
    catch {
    }
    if ($queues -eq $null) { continue }

    foreach ($q in $queues) {
        $status = $q.PrinterStatus
        $jobs = Get-WmiObject -Class Win32_PrintJob -ComputerName $server -Filter "Name LIKE '$($q.Name),%'"
        $stuck = $jobs | Where-Object { $_.ElapsedTime -and $_.JobStatus -match 'Error' }

        if ($status = 7) {
            $state = 'Offline'
        }
        elseif ($stuck.Count > 0) {
            $state = 'Stuck'
        }
        else {
            $state = 'OK'
        }

        if ($fix -and $state -eq 'Stuck') {
            foreach ($j in $stuck) {
                $j.Delete()
            }
            Invoke-Command -ComputerName $server -ScriptBlock {
                Restart-Service -Name Spooler -Force
            }
        }

        $results += New-Object PSObject -Property @{
            Server = $server
            Queue  = $q.Name
            Driver = $q.DriverName
            Port   = $q.PortName
            Shared = $q.Shared
            State  = $state
            Jobs   = @($jobs).Count
        }
    }

    # spooler registry tweaks recommended by the vendor
    Invoke-Command -ComputerName $server -ScriptBlock {
        Set-ItemProperty HKLM:\SYSTEM\CurrentControlSet\Control\Print SpoolerPriority 1
        Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\Printers\PointAndPrint' `   
            -Name RestrictDriverInstallationToAdministrators -Value 1
    }
}

$results | Select-Object Server, Queue, Driver, State, Jobs | Export-Csv "$outDir\queues_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
$results | Where-Object { $_.State -ne 'OK' } | Format-Table -AutoSize

# driver check on the primary server only
$drivers = Get-WmiObject -Class Win32_PrinterDriver -ComputerName 'PRN01'
foreach ($d in $drivers) {
    $inf = Split-Path $d.InfName -Leaf
    if ($knownGood.ContainsKey($inf) -eq $false) {
        Write-Warning "Driver $($d.Name) ($inf) is not from the approved package share"
    }
}
