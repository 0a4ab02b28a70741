param(
    [string[]]$ComputerName = @('WEB01', 'WEB02'),
    [pscredential]$Credential
)

$threshold = 20
$results = Invoke-Command -ComputerName $ComputerName -Credential $Credential -ScriptBlock {
    Get-CimInstance -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
        Where-Object { ($_.FreeSpace / $_.Size * 100) -lt $threshold }
}

$job = Start-Job -ScriptBlock {
    Test-Connection -ComputerName $ComputerName -Count 1
}
Receive-Job -Job $job -Wait
$results | Format-Table -AutoSize
