<#
.SYNOPSIS
    Gathers OS, BIOS and installed software from remote servers for the CMDB import.
#>
function Get-ServerInventory {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName,
        $Credential
    )
    foreach ($c in $ComputerName) {
        $session = New-CimSession -ComputerName $c -Credential $Credential
        $os = Get-CimInstance -CimSession $session -ClassName Win32_OperatingSystem
        $bios = Get-CimInstance -CimSession $session -ClassName Win32_BIOS
        [pscustomobject]@{
            Computer = $c
            OS       = $os.Caption
            Build    = $os.BuildNumber
            Serial   = $bios.SerialNumber
        }
        Remove-CimSession -CimSession $session
    }
}

$servers = Get-Content -Path "$PSScriptRoot\servers.txt"
$inventory = Get-ServerInventory -ComputerName $servers -Credential (Get-Credential)
$csv = "$PSScriptRoot\inventory.csv"
$inventory | Export-Csv -Path $csv -NoTypeInformation

$checksum = Get-FileHash -Path $csv -Algorithm SHA1
$postImport = "& '$PSScriptRoot\Import-Cmdb.ps1' -Path '$csv' -Checksum $($checksum.Hash)"
Invoke-Expression $postImport
