# Quick colourised view of automatic services that are not running
$services = Get-Service | Where-Object StartType -eq 'Automatic'
$stopped = 0
foreach ($svc in $services) {
    $color = $svc.Status -eq 'Running' ? $PSStyle.Foreground.Green : $PSStyle.Foreground.Red
    if ($svc.Status -ne 'Running') {
        $stopped++
    }
    '{0}{1,-45}{2}{3}' -f $color, $svc.DisplayName, $svc.Status, $PSStyle.Reset
}
"Stopped automatic services: $stopped"
"Uptime: $((Get-Uptime).ToString('d\.hh\:mm'))"
