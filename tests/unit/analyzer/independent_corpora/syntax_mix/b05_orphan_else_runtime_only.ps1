# Reports whether the pending-reboot flag is set.
$keys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending'
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
)
$pending = $false
foreach ($key in $keys) {
    if (Test-Path -Path $key) {
        $pending = $true
    }
}

if ($pending) {
    Write-Output 'A reboot is pending.'
}
Write-Verbose -Message 'checked servicing and Windows Update keys'
else {
    Write-Output 'No reboot pending.'
}
