# Intune Win32 app detection script: exit 0 with output = installed, anything else = not installed.
$requiredVersion = [version]'4.2.1'
$uninstallRoots = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall',
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall'
)

$installed = foreach ($root in $uninstallRoots) {
    Get-ChildItem -Path $root -ErrorAction SilentlyContinue |
        Get-ItemProperty |
        Where-Object { $_.DisplayName -like 'Contoso Agent*' }
}

foreach ($app in $installed) {
    $version = $null
    if ([version]::TryParse($app.DisplayVersion, [ref]$version) -and $version -ge $requiredVersion) {
        Write-Output "Detected $($app.DisplayName) $($app.DisplayVersion)"
        exit 0
    }
}
exit 1
