class DiskInfo {
    [string]$Drive
    [double]$FreeGB
    [double]$SizeGB

    DiskInfo([string]$drive, [double]$free, [double]$size) {
        $this.Drive = $drive
        $this.FreeGB = [math]::Round($free / 1GB, 2)
        $this.SizeGB = [math]::Round($size / 1GB, 2)
    }

    [double] FreePercent() {
        if ($this.SizeGB -eq 0) {
            return 0
        }
        return [math]::Round(100 * $this.FreeGB / $this.SizeGB, 1)
    }
}

class HostInventory {
    [string]$ComputerName
    [System.Collections.Generic.List[DiskInfo]]$Disks = [System.Collections.Generic.List[DiskInfo]]::new()

    HostInventory([string]$name) {
        $this.ComputerName = $name
    }

    [void] Collect() {
        $volumes = Get-CimInstance -ClassName Win32_LogicalDisk -ComputerName $this.ComputerName -Filter 'DriveType = 3'
        $count = 0
        foreach ($v in $volumes) {
            $this.Disks.Add([DiskInfo]::new($v.DeviceID, $v.FreeSpace, $v.Size))
        }
    }

    [DiskInfo] Smallest() {
        $min = $this.Disks | Sort-Object -Property FreeGB | Select-Object -First 1
        if ($min -eq $null) {
            throw "No disks collected for $($this.ComputerName)"
        }
        return $min
    }
}

function Get-HostInventory {
    <#
    .SYNOPSIS
        Collects disk inventory for one or more hosts.
    #>
    [CmdletBinding()]
    [OutputType([HostInventory])]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [string[]]$ComputerName
    )

    process {
        foreach ($c in $ComputerName) {
            $inv = [HostInventory]::new($c)
            $inv.Collect()
            $inv
        }
    }
}

Export-ModuleMember -Function Get-HostInventory
