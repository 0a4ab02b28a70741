<#
.SYNOPSIS
    Builds a hardware inventory of the local server using a small class model.
#>
[CmdletBinding()]
param(
    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath 'hardware.json')
)

class DiskInfo {
    [string]$DeviceId
    [double]$SizeGB
    [double]$FreeGB

    DiskInfo([object]$Volume) {
        $this.DeviceId = $Volume.DeviceID
        $this.SizeGB = [math]::Round($Volume.Size / 1GB, 1)
        $this.FreeGB = [math]::Round($Volume.FreeSpace / 1GB, 1)
    }

    [double] FreePercent() {
        if ($this.SizeGB -eq 0) {
            return 0
        }
        return [math]::Round($this.FreeGB / $this.SizeGB * 100, 1)
    }
}

class ServerInventory {
    [string]$Name
    [string]$OperatingSystem
    [DiskInfo[]]$Disks

    static [ServerInventory] Collect() {
        $os = Get-CimInstance -ClassName Win32_OperatingSystem
        $inventory = [ServerInventory]::new()
        $inventory.Name = $env:COMPUTERNAME
        $inventory.OperatingSystem = $os.Caption
        $inventory.Disks = Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
            ForEach-Object { [DiskInfo]::new($_) }
        return $inventory
    }
}

$result = [ServerInventory]::Collect()
$result | ConvertTo-Json -Depth 4 | Set-Content -Path $OutputPath -Encoding UTF8
Write-Verbose "Inventory written to $OutputPath"
