$name = $env:USERNAME ?? 'nobody'
$label = $name ? 'set' : 'unset'
$svc = Get-Service -Name spooler
${svc}?.Status
