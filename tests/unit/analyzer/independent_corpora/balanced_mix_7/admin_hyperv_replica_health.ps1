[CmdletBinding()]
param(
    [string[]]$HostName = @('hv01', 'hv02')
)

$results = Invoke-Command -ComputerName $HostName -ScriptBlock {
    Get-VMReplication | Select-Object VMName, State, Health, Mode, PrimaryServer, ReplicaServer, LastReplicationTime
}

$bad = $results | Where-Object { $_.Health -ne 'Normal' }
if ($bad) {
    $bad | Format-Table VMName, PSComputerName, Health, State -AutoSize | Out-String | Write-Warning
    foreach ($vm in $bad | Where-Object { $_.State -eq 'Suspended' }) {
        Invoke-Command -ComputerName $vm.PSComputerName -ScriptBlock {
            param($Name)
            Resume-VMReplication -VMName $Name
        } -ArgumentList $vm.VMName
    }
}
else {
    Write-Output 'Replica health normal on all hosts'
}
