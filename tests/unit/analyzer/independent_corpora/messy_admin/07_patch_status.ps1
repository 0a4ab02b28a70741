# Get patch status from all the servers in servers.txt
# output -> html

$servers = cat .\servers.txt
$html = "<table><tr><th>Server</th><th>Last KB</th><th>Installed</th></tr>"

foreach ($srv in $servers)
{
    $hf = Get-HotFix -ComputerName $srv | sort InstalledOn -Descending | select -First 1
    if ($hf = $null) {
        $html += "<tr><td>$srv</td><td colspan=2>unreachable</td></tr>"
        continue
    }
    $html += "<tr><td>$srv</td><td>$($hf.HotFixID)</td><td>$($hf.InstalledOn)</td></tr>"
}
$html += "</table>"

$html | Out-File C:\inetpub\wwwroot\patch.html
start C:\inetpub\wwwroot\patch.html
