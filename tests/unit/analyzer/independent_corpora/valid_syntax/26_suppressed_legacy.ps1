function Get-LegacyInventory {
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWMICmdlet', '', Justification = 'Targets Windows Server 2008 R2 hosts without WinRM CIM')]
    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseSingularNouns', '')]
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName
    )

    foreach ($computer in $ComputerName) {
        $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $computer
        $bios = Get-WmiObject -Class Win32_BIOS -ComputerName $computer
        [pscustomobject]@{
            ComputerName = $computer
            Caption      = $os.Caption
            Serial       = $bios.SerialNumber
            LastBoot     = $os.ConvertToDateTime($os.LastBootUpTime)
        }
    }
}

function Get-LegacyDisks {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$ComputerName
    )

    Get-WmiObject -Class Win32_LogicalDisk -ComputerName $ComputerName -Filter "DriveType=3" |
        Select-Object -Property DeviceID, @{ n = 'FreeGB'; e = { [math]::Round($_.FreeSpace / 1GB, 1) } }
}

Get-LegacyInventory -ComputerName 'srv-legacy01', 'srv-legacy02'
Get-LegacyDisks -ComputerName srv-legacy01
