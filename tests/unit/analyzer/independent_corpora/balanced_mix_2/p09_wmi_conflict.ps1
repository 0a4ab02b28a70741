#Requires -Version 7.0
<#
.SYNOPSIS
    Collects disk and OS facts from a list of servers for the capacity report.
#>
param(
    [string[]]$Server = @('app01', 'app02', 'sql01')
)

$facts = foreach ($s in $Server) {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName $s
    $disks = Get-WmiObject -Class Win32_LogicalDisk -ComputerName $s -Filter 'DriveType=3'
    [pscustomobject]@{
        Server   = $s
        OS       = $os.Caption
        LastBoot = $os.LastBootUpTime
        FreeGB   = [math]::Round(($disks | Measure-Object FreeSpace -Sum).Sum / 1GB, 1)
    }
}
$facts | ConvertTo-Json -AsArray | Set-Content -Path ./capacity.json
