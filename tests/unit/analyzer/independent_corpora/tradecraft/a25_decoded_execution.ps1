# Second-stage unpacker: several layers, each run as soon as it is decoded.
$p1 = 'VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAHMAdABhAGcAZQAgAG8AbgBlACcA'
Invoke-Expression ([System.Text.Encoding]::Unicode.GetString([System.Convert]::FromBase64String($p1)))

$p2 = 'V3JpdGUtT3V0cHV0ICdzdGFnZSB0d28n'
$decoded = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($p2))
iex $decoded

$p3 = 'H4sIAJBdFWsC/wsvyixJ1fUvLSkoLVFQLy5JTE9VKMkoSk1VBwAfZHOlGgAAAA=='
$ms = New-Object IO.MemoryStream(, [Convert]::FromBase64String($p3))
$ds = New-Object IO.Compression.GzipStream($ms, [IO.Compression.CompressionMode]::Decompress)
$sr = New-Object IO.StreamReader($ds, [Text.Encoding]::ASCII)
$stage3 = $sr.ReadToEnd()
[scriptblock]::Create($stage3).Invoke()

# decode-only is not execution: this just writes the config to disk
$cfg = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String('eyJpbnRlcnZhbCI6IDYwfQ=='))
Set-Content -Path "$env:TEMP\c.json" -Value $cfg
