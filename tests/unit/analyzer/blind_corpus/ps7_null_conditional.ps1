$user = Get-LocalUser -Name 'svc_backup' -ErrorAction SilentlyContinue
$name = ${user}?.Name
$first = ${user}?.Groups?[0]
$description = $user?.Description
$message = "Account: $($user ? 'present' : 'missing')"
Stop-Service -Name 'Spooler' -ErrorAction SilentlyContinue || Write-Warning 'could not stop'
Write-Output $name, $first, $description, $message
