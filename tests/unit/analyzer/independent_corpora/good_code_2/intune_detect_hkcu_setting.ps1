# Intune proactive remediation (detection part). Exit 1 triggers the remediation script.
$keyPath = 'HKCU:\Software\Contoso\Workspace'

try {
    $current = Get-ItemProperty -Path $keyPath -ErrorAction Stop
}
catch {
    Write-Output 'Key missing'
    exit 1
}

$problems = @()
if ($current.UpdateChannel -ne 'Monthly') {
    $problems += "UpdateChannel is '$($current.UpdateChannel)'"
}
if ($current.ShowFirstRunTour -ne 0) {
    $problems += 'First-run tour enabled'
}

if ($problems.Count -gt 0) {
    Write-Output ($problems -join '; ')
    exit 1
}
Write-Output 'Compliant'
exit 0
