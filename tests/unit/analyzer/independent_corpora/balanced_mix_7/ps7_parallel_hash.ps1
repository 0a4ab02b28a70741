$root = 'D:\Releases'
$algo = 'SHA256'
$manifest = Join-Path $root 'hashes.csv'

Get-ChildItem -Path $root -Recurse -File -Filter *.zip |
    ForEach-Object -Parallel {
        $h = Get-FileHash -Path $_.FullName -Algorithm $algo
        $base = $using:root
        [pscustomobject]@{ File = $_.FullName.Substring($base.Length + 1); Hash = $h.Hash }
    } -ThrottleLimit 4 |
    Sort-Object File |
    Export-Csv -Path $manifest -NoTypeInformation
