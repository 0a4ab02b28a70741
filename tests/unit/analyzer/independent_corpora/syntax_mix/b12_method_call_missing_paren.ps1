$results = [System.Collections.Generic.List[object]]::new()
foreach ($svc in Get-Service -Name 'W32Time', 'Dnscache', 'LanmanServer') {
    $results.Add([pscustomobject]@{
        Name      = $svc.Name
        Status    = $svc.Status
        StartType = $svc.StartType
    }
}
$results | Format-Table -AutoSize
