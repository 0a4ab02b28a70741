<#
.SYNOPSIS
    Hardware inventory for the asset register (old script still run from Windows PowerShell 5.1).
#>
param(
    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath "$env:COMPUTERNAME-hw.json")
)

$system = Get-WmiObject -Class Win32_ComputerSystem
$bios = Get-CimInstance -ClassName Win32_BIOS
$disks = Get-CimInstance -ClassName Win32_DiskDrive

$inventory = [ordered]@{
    Name         = $system.Name
    Manufacturer = $system.Manufacturer
    Model        = $system.Model
    MemoryGB     = [math]::Round($system.TotalPhysicalMemory / 1GB)
    SerialNumber = $bios.SerialNumber
    Disks        = @($disks | ForEach-Object { '{0} ({1:N0} GB)' -f $_.Model, ($_.Size / 1GB) })
    CollectedAt  = (Get-Date).ToString('o')
}

$inventory | ConvertTo-Json -Depth 3 | Set-Content -Path $OutputPath -Encoding UTF8
Write-Output "Inventory written to $OutputPath"
