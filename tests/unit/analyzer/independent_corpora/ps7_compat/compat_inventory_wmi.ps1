<#
    Hardware inventory for the server room. Written for Windows PowerShell 5.1,
    now also scheduled from the PowerShell 7 jump host.
#>
param(
    [string[]]$ComputerName = $env:COMPUTERNAME,
    [string]$OutFile = 'C:\Reports\inventory.csv'
)

$rows = foreach ($computer in $ComputerName) {
    $os = Get-WmiObject -Class Win32_OperatingSystem -ComputerName $computer
    $cs = Get-WmiObject -Class Win32_ComputerSystem -ComputerName $computer
    $bios = Get-CimInstance -ClassName Win32_BIOS -ComputerName $computer
    [pscustomobject]@{
        Computer     = $computer
        OS           = $os.Caption
        Build        = $os.BuildNumber
        Model        = $cs.Model
        MemoryGB     = [math]::Round($cs.TotalPhysicalMemory / 1GB)
        SerialNumber = $bios.SerialNumber
    }
}

$rows | Export-Csv -Path $OutFile -NoTypeInformation
Write-Output "Inventory written to $OutFile ($($rows.Count) machines)"
