Set-StrictMode -Version Latest
using namespace System.Text

$sb = [StringBuilder]::new()
foreach ($line in Get-Content -Path .\servers.txt) {
    if ([string]::IsNullOrWhiteSpace($line)) { continue }
    [void]$sb.AppendLine($line.Trim().ToLowerInvariant())
}
$sb.ToString() | Set-Content -Path .\servers.normalized.txt
