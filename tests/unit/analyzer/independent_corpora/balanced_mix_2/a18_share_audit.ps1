function Get-ShareReport {
    [CmdletBinding()]
    param(
        [string[]]$ComputerName = $env:COMPUTERNAME,
        [string]$Credential
    )

    foreach ($computer in $ComputerName) {
        $cim = New-CimSession -ComputerName $computer
        $shares = Get-SmbShare -CimSession $cim | Where-Object { -not $_.Special }
        foreach ($share in $shares) {
            $access = Get-SmbShareAccess -CimSession $cim -Name $share.Name
            foreach ($entry in $access) {
                [pscustomobject]@{
                    Computer = $computer
                    Share    = $share.Name
                    Path     = $share.Path
                    Account  = $entry.AccountName
                    Right    = $entry.AccessRight
                }
            }
        }
        Remove-CimSession -CimSession $cim
    }
}

Get-ShareReport -ComputerName 'FS01', 'FS02' | Export-Csv -Path .\shares.csv -NoTypeInformation
