param(
    [string]$ApiBase = 'https://10.20.0.15:8443/api/v2'
)

[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
$token = Get-Content -Path "$HOME\.lab\token.txt" -Raw
$headers = @{ Authorization = "Bearer $($token.Trim())" }
$nodes = Invoke-RestMethod -Uri "$ApiBase/nodes" -Headers $headers -SkipCertificateCheck

$cred = Get-Credential -Message 'legacy status page'
$status = Invoke-WebRequest -Uri 'http://legacy01.lab.local/status' -Credential $cred -AllowUnencryptedAuthentication

foreach ($n in $nodes.data) {
    '{0,-20} {1,-10} {2}' -f $n.name, $n.state, $n.ip
}
Write-Output "legacy: $($status.StatusCode)"
