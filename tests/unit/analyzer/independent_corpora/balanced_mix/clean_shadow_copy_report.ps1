# Reports the age of the newest shadow copy per volume (backup monitoring)
$copies = Get-CimInstance -ClassName Win32_ShadowCopy
$volumes = Get-CimInstance -ClassName Win32_Volume | Where-Object { $_.DriveLetter }
foreach ($vol in $volumes) {
    $newest = $copies |
        Where-Object VolumeName -eq $vol.DeviceID |
        Sort-Object -Property InstallDate -Descending |
        Select-Object -First 1
    [PSCustomObject]@{
        Volume      = $vol.DriveLetter
        ShadowCount = @($copies | Where-Object VolumeName -eq $vol.DeviceID).Count
        Newest      = $newest.InstallDate
    }
}
vssadmin.exe list shadowstorage
