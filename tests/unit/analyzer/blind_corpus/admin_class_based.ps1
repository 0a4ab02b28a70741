using namespace System.Collections.Generic

enum DiskHealth {
    Healthy
    Warning
    Critical
}

class DiskReport {
    [string]$ComputerName
    [List[string]]$Problems = [List[string]]::new()

    DiskReport([string]$computerName) {
        $this.ComputerName = $computerName
    }

    [DiskHealth] Evaluate([double]$freePercent) {
        if ($freePercent -lt 5) {
            return [DiskHealth]::Critical
        }
        if ($freePercent -lt 15) {
            return [DiskHealth]::Warning
        }
        return [DiskHealth]::Healthy
    }
}

$report = [DiskReport]::new($env:COMPUTERNAME)
$volumes = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
foreach ($volume in $volumes) {
    $free = [math]::Round($volume.FreeSpace / $volume.Size * 100, 1)
    $health = $report.Evaluate($free)
    if ($health -ne [DiskHealth]::Healthy) {
        $report.Problems.Add("$($volume.DeviceID) $health ($free%)")
    }
}
$report.Problems
