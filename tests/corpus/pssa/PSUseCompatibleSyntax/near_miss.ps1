$name = if ($env:USERNAME) { $env:USERNAME } else { 'nobody' }
$svc = Get-Service -Name spooler
if ($null -ne $svc) { $svc.Status }
$name
