$hosts = 'lnx-web01', 'lnx-web02'
foreach ($h in $hosts) {
    $s = New-PSSession -HostName $h -UserName deploy -KeyFilePath ~/.ssh/id_ed25519
    Invoke-Command -Session $s -ScriptBlock { systemctl restart nginx }
    Remove-PSSession -Session $s
    $health = Invoke-WebRequest -Uri "https://$h/healthz" -SkipCertificateCheck
    Write-Host "$h -> $($health.StatusCode)"
}
