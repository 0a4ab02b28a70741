# Applies a small security registry baseline and reports drift.
$baseline = @(
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'LmCompatibilityLevel'; Value = 5 },
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Control\Lsa'; Name = 'RestrictAnonymous'; Value = 1 },
    @{ Path = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows NT\DNSClient'; Name = 'EnableMulticast'; Value = 0 },
    @{ Path = 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters'; Name = 'SMB1'; Value = 0 }
)

function Set-BaselineValue {
    param($Entry)
    if (-not (Test-Path $Entry.Path)) {
        New-Item -Path $Entry.Path -Force | Out-Null
    }
    Set-ItemProperty $Entry.Path $Entry.Name $Entry.Value
}

$drift = New-Object System.Collections.Hashtable
foreach ($item in $baseline) {
    $current = (Get-ItemProperty -Path $item.Path -Name $item.Name -ErrorAction SilentlyContinue).$($item.Name)
    if ($current -ne $item.Value) {
        $drift[$item.Name] = $current
        Set-BaselineValue -Entry $item
    }
}

if ($drift.Count -gt 0) {
    $global:BaselineDrift = $drift
    Write-Warning "$($drift.Count) values were corrected"
}
