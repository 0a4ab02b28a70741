# fix time drift on the branch servers
$ntp = 'time.corp.local,0x8'
w32tm /config /manualpeerlist:$ntp /syncfromflags:manual /reliable:no /update
Restart-Service w32time
w32tm /resync /force

$offset = Invoke-Command -ComputerName 'BR-DC01' -ScriptBlock {
    w32tm /stripchart /computer:time.corp.local /samples:3 /dataonly
}
$offset | Select-String 'd:' | % { Write-Host $_ }

$status = w32tm /query /status
if ($status -match 'Source: Local CMOS Clock') {
    Write-Warning 'Still on local CMOS clock'
    sc.exe triggerinfo w32time start/networkon stop/networkoff
}
