# Endpoint compliance: reports whether the machine has a pending reboot and why.
$checks = [ordered]@{
    'Component Based Servicing' = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
    'Windows Update'            = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
}

$reasons = foreach ($entry in $checks.GetEnumerator()) {
    if (Test-Path -Path $entry.Value) {
        $entry.Key
    }
}

$sessionManager = Get-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
if ($sessionManager -and $sessionManager.PendingFileRenameOperations) {
    $reasons = @($reasons) + 'Pending file rename operations'
}

$os = Get-CimInstance -ClassName Win32_OperatingSystem
[pscustomobject]@{
    ComputerName   = $env:COMPUTERNAME
    LastBoot       = $os.LastBootUpTime
    RebootPending  = @($reasons).Count -gt 0
    Reasons        = @($reasons) -join '; '
}
