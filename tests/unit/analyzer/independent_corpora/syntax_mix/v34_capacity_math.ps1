# rough capacity planning for the VM host
$vmCount = 0x1F
$ramPerVm = 4GB
$overhead = 1.5e3 * 1MB
$ioBudget = 25kb
$ratio = .75
$costPerGb = 0.12d
$long = 10l
$offset = -0x10
$hex = [int]'0x20'

$needed = $vmCount * $ramPerVm + $overhead
$hostRam = (Get-CimInstance -ClassName Win32_ComputerSystem).TotalPhysicalMemory
$fits = $needed -le ($hostRam * $ratio)
[ordered]@{
    VMs         = $vmCount
    NeededGB    = [math]::Round($needed / 1GB, 1)
    HostGB      = [math]::Round($hostRam / 1GB, 1)
    Fits        = $fits
    MonthlyCost = [decimal]($needed / 1GB) * $costPerGb * 730
    IoBudgetKB  = $ioBudget / 1KB
    Spare       = ($long + $offset + $hex) % 7
} | Format-Table -AutoSize
