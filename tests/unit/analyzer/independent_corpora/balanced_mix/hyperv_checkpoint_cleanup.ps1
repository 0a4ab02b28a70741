function Remove-OldCheckpoints {
    param(
        [string]$VMHost = 'HV-NODE03',
        [int]$MaxAgeDays = 14
    )
    $limit = (Get-Date).AddDays(-$MaxAgeDays)
    Get-VM -ComputerName $VMHost | ForEach-Object {
        $snaps = Get-VMSnapshot -VM $_ | Where-Object { $_.CreationTime -lt $limit }
        foreach ($s in $snaps) {
            Write-Output "Removing $($s.Name) from $($s.VMName)"
            $s | Remove-VMSnapshot
        }
    }
}

Remove-OldCheckpoints -MaxAgeDays 30
