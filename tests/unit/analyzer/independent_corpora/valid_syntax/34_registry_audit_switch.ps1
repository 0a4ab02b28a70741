# Audits a handful of hardening registry values and reports drift.
$checks = @(
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'RunAsPPL'; Want = 1 }
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'LmCompatibilityLevel'; Want = 5 }
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient'; Name = 'EnableMulticast'; Want = 0 }
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'SMB1'; Want = 0 }
)

$drift = foreach ($check in $checks) {
    $actual = Get-ItemPropertyValue -Path $check.Path -Name $check.Name -ErrorAction SilentlyContinue
    $state = switch ($true) {
        ($null -eq $actual) { 'Missing'; break }
        ($actual -eq $check.Want) { 'OK'; break }
        default { 'Drift' }
    }
    if ($state -ne 'OK') {
        [pscustomobject]@{
            Setting  = '{0}\{1}' -f ($check.Path -replace '^HKLM:\\', 'HKLM\'), $check.Name
            Expected = $check.Want
            Actual   = if ($null -eq $actual) { '<none>' } else { $actual }
            State    = $state
        }
    }
}

if ($drift) {
    $drift | Format-Table -AutoSize | Out-String -Width 200 | Write-Warning
    exit 3
}
exit 0
