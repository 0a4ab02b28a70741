# Legacy asset inventory, still on Windows PowerShell 5.1 in the old management domain.
param(
    [string[]]$ComputerName = @($env:COMPUTERNAME)
)

$result = foreach ($c in $ComputerName) {
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $c
    $bios = Get-WmiObject -Class Win32_BIOS -ComputerName $c
    $disk = Get-WmiObject -Class Win32_LogicalDisk -ComputerName $c -Filter "DriveType = 3"
    [PSCustomObject]@{
        Computer = $c
        OS       = $os.Caption
        Build    = $os.BuildNumber
        Serial   = $bios.SerialNumber
        FreeGB   = [math]::Round(($disk | Measure-Object -Property FreeSpace -Sum).Sum / 1GB, 1)
    }
}

$result | Export-Csv -Path '\\cmdb01\import\inventory.csv' -NoTypeInformation
Get-EventLog -LogName System -EntryType Error -Newest 20 | Select-Object -Property TimeGenerated, Source, Message
