# Legacy hardening baseline (converted from a .bat file)
$ErrorActionPreference = "Continue"

Set-ItemProperty HKLM:\SYSTEM\CurrentControlSet\Control\Lsa LmCompatibilityLevel 5
Set-ItemProperty -Path HKLM:\SYSTEM\CurrentControlSet\Control\Lsa -Name NoLMHash -Value 1
Set-ItemProperty -Path 'HKLM:\SYSTEM\CurrentControlSet\Services\LanmanServer\Parameters' `
    -Name SMB1 -Value 0 -Type DWord

$settings = New-Object System.Collections.Hashtable
$settings['RestrictAnonymous'] = 1
$settings['EveryoneIncludesAnonymous'] = 0
foreach ($k in $settings.Keys) {
    Set-ItemProperty -Path HKLM:\SYSTEM\CurrentControlSet\Control\Lsa -Name $k -Value $settings[$k]
}

$count = (Get-ItemProperty HKLM:\SYSTEM\CurrentControlSet\Control\Lsa).psobject.Properties.Count
if ($count > 10) {
    Write-Output "Lsa key has $count values"
}
