# quick health summary for the on-call channel
$services = 'W3SVC', 'WAS', 'MSSQLSERVER'

$down = Get-Service -Name $services -ErrorAction SilentlyContinue |
    Where-Object { $_.Status -ne 'Running' } |
    Select-Object -ExpandProperty Name

$disk = Get-PSDrive -Name C
$freeGb = [math]::Round($disk.Free / 1GB, 1)

if ($down) {
    Write-Warning -Message ("Stopped services: {0}" -f ($down -join ', '))
}
if ($freeGb -lt 10) {
    Write-Warning -Message "Only $freeGb GB left on C:"
}
Write-Output "Health check done: $freeGb GB free on C:, $(@($down).Count) services down
