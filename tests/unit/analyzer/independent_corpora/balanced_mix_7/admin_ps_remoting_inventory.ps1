function Get-RemoteSoftware {
    param(
        [Parameter(Mandatory)]
        [string[]]$ComputerName,
        [string]$Credential
    )
    $filter = '*Java*'
    Invoke-Command -ComputerName $ComputerName -ScriptBlock {
        Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*' |
            Where-Object DisplayName -Like $filter |
            Select-Object DisplayName, DisplayVersion, Publisher
    }
}

foreach ($host in 'ws101', 'ws102', 'ws103') {
    Get-RemoteSoftware -ComputerName $host
}
