# Inventory snapshot of the local machine; used as the unit of the 1 MiB analysis test.
function Get-InventorySnapshot {
    <#
    .SYNOPSIS
        Collects OS, disk and service facts.
    .PARAMETER IncludeServices
        Also list automatic services that are not running.
    #>
    [CmdletBinding()]
    param(
        [switch]$IncludeServices
    )
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3'
    $snapshot = [ordered]@{
        Computer = $env:COMPUTERNAME
        OS       = '{0} ({1})' -f $os.Caption, $os.Version
        Uptime   = (Get-Date) - $os.LastBootUpTime
        FreeGB   = [math]::Round(($disks | Measure-Object -Property FreeSpace -Sum).Sum / 1GB, 1)
    }
    if ($IncludeServices) {
        $stopped = Get-Service | Where-Object { $_.StartType -eq 'Automatic' -and $_.Status -ne 'Running' }
        $snapshot.StoppedServices = @($stopped | ForEach-Object { $_.Name })
    }
    [PSCustomObject]$snapshot
}

$inventory = Get-InventorySnapshot -IncludeServices
$lines = @()
foreach ($property in $inventory.PSObject.Properties) {
    $lines += '{0,-16} {1}' -f $property.Name, ($property.Value -join ', ')
}
Write-Host "Inventory for $($inventory.Computer)"
$lines | Out-File -FilePath (Join-Path -Path $env:TEMP -ChildPath 'inventory.txt') -Encoding utf8
if ($inventory.FreeGB -lt 10) {
    Write-Warning -Message "Only $($inventory.FreeGB) GB free"
}
ls $env:TEMP -Filter 'inventory*.txt' | select Name, Length
