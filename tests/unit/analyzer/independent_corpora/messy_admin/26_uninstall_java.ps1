# Uninstall old Java from the lab PCs. Win32_Product is slow, be patient
$pcs = 1..30 | % { "LAB-PC{0:D2}" -f $_ }

ForEach ($pc in $pcs) {
    if (-not (Test-Connection $pc -Count 1 -Quiet)) { continue }
    $apps = Get-WmiObject -Class Win32_Product -ComputerName $pc -Filter "Name LIKE 'Java%'"
    foreach ($app in $apps) {
        Write-Host "$pc : removing $($app.Name) $($app.Version)"
        $r = $app.Uninstall()
        if ($r.ReturnValue -ne 0) { Write-Warning "$pc : failed with $($r.ReturnValue)" }
    }
}

# the license server needs a reboot afterwards
Invoke-WmiMethod -Class Win32_OperatingSystem -Name Reboot -ComputerName LICSRV02
