$reportDate = Get-Date -Format 'yyyy-MM-dd'
$rows = Get-Service | Where-Object Status -eq 'Stopped' | Select-Object -First 20

$body = @"
<html>
<body>
<h1>Stopped services - $reportDate</h1>
<pre>
$(@'
Name                           StartType
----                           ---------
'@)
$($rows | ForEach-Object { "{0,-30} {1}" -f $_.Name, $_.StartType } | Out-String)
</pre>
<p>Generated on $($env:COMPUTERNAME) by "$($MyInvocation.MyCommand.Name)"</p>
</body>
</html>
"@

$out = @{
    Path     = Join-Path -Path $env:TEMP -ChildPath "stopped-$reportDate.html"
    Value    = $body
    Encoding = 'UTF8'
}
& { param($p) Set-Content @p } $out
. { $script:lastReport = $reportDate }
