<#
    Intune proactive remediation (remediation part, runs as the signed-in user).
    Sets the vendor's per-user update channel and disables its first-run tour.
#>
$keyPath = 'HKCU:\Software\Contoso\Workspace'
$desired = @{
    UpdateChannel    = 'Monthly'
    ShowFirstRunTour = 0
}

try {
    if (-not (Test-Path -Path $keyPath)) {
        New-Item -Path $keyPath -Force | Out-Null
    }
    foreach ($name in $desired.Keys) {
        $type = if ($desired[$name] -is [int]) { 'DWord' } else { 'String' }
        New-ItemProperty -Path $keyPath -Name $name -Value $desired[$name] -PropertyType $type -Force | Out-Null
    }
    Write-Output 'Remediated'
    exit 0
}
catch {
    Write-Error -Message "Remediation failed: $($_.Exception.Message)"
    exit 1
}
