$x86 = ${env:ProgramFiles(x86)}
$inventory = [System.Collections.Generic.Dictionary[string,int]]::new([StringComparer]::OrdinalIgnoreCase)
$seen = [System.Collections.Generic.HashSet[string]]::new()
$queue = [System.Collections.Generic.Queue[System.IO.DirectoryInfo]]::new()

foreach ($root in @($env:ProgramFiles, $x86) | Where-Object { $_ }) {
    $queue.Enqueue([System.IO.DirectoryInfo]::new($root))
}

while ($queue.Count -gt 0) {
    $dir = $queue.Dequeue()
    if (-not $seen.Add($dir.FullName)) { continue }
    $exe = @($dir.GetFiles('*.exe')).Count
    if ($exe) { $inventory[$dir.Name] = $exe }
    if ($dir.FullName.Split([IO.Path]::DirectorySeparatorChar).Count -lt 4) {
        $dir.GetDirectories() | ForEach-Object { $queue.Enqueue($_) }
    }
}

$top = [System.Linq.Enumerable]::Take(
    [System.Linq.Enumerable]::OrderByDescending($inventory, [Func[System.Collections.Generic.KeyValuePair[string,int],int]] { param($kv) $kv.Value }),
    10)
foreach ($entry in $top) {
    [string]::Format('{0,-40} {1,5}', $entry.Key, $entry.Value)
}
'Total folders: {0:N0}' -f $seen.Count
if ([string]::IsNullOrWhiteSpace($x86)) { 'no x86 folder on this machine' }
