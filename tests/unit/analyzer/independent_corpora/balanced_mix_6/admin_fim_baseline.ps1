# File integrity monitoring: compare hashes against a stored baseline
param(
    [string]$WatchPath = 'C:\inetpub\wwwroot',
    [string]$BaselineFile = 'C:\FIM\baseline.csv'
)

function Get-HashTable($Path) {
    $table = @{}
    gci -Path $Path -Recurse -File | % {
        $h = Get-FileHash -Path $_.FullName -Algorithm MD5
        $table[$_.FullName] = $h.Hash
    }
    return $table
}

$current = Get-HashTable $WatchPath
if (-not (Test-Path $BaselineFile)) {
    $current.GetEnumerator() | Select-Object Name, Value | Export-Csv $BaselineFile -NoTypeInformation
    exit
}

$baseline = @{}
Import-Csv $BaselineFile | ForEach-Object { $baseline[$_.Name] = $_.Value }
foreach ($file in $current.Keys) {
    if (-not $baseline.ContainsKey($file)) {
        Write-Warning "NEW: $file"
    }
    elseif ($baseline[$file] -ne $current[$file]) {
        Write-Warning "CHANGED: $file"
    }
}
