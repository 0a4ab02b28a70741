$sig = @'
[DllImport("advapi32.dll", SetLastError = true)]
public static extern bool OpenProcessToken(IntPtr ProcessHandle, uint DesiredAccess, out IntPtr TokenHandle);
[DllImport("advapi32.dll", SetLastError = true)]
public static extern bool DuplicateTokenEx(IntPtr hTok, uint access, IntPtr attrs, int level, int type, out IntPtr hNew);
[DllImport("advapi32.dll", SetLastError = true)]
public static extern bool ImpersonateLoggedOnUser(IntPtr hToken);
'@
$api = Add-Type -MemberDefinition $sig -Name TokenApi -Namespace Win32 -PassThru

$winlogon = Get-Process -Name winlogon | Select-Object -First 1
$hTok = [IntPtr]::Zero
$hDup = [IntPtr]::Zero
if ($api::OpenProcessToken($winlogon.Handle, 0x0002 -bor 0x0008, [ref]$hTok)) {
    $api::DuplicateTokenEx($hTok, 0xF01FF, [IntPtr]::Zero, 2, 1, [ref]$hDup) | Out-Null
    $api::ImpersonateLoggedOnUser($hDup) | Out-Null
    [Security.Principal.WindowsIdentity]::GetCurrent().Name
}
