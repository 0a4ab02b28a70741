$disk = Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID = 'C:'"
$freePct = [math]::Round($disk.FreeSpace / $disk.Size * 100, 1)

if ($freePct -lt 5) {
    Write-Error -Message "C: is critically low ($freePct%)"
}
elseif $freePct -lt 15 {
    Write-Warning -Message "C: is getting low ($freePct%)"
}
else {
    Write-Output "C: has $freePct% free"
}
