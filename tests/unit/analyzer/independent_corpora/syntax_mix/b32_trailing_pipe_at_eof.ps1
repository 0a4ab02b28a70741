# top memory consumers, for the morning health mail
$top = 15
Get-Process |
    Sort-Object -Property WorkingSet64 -Descending |
    Select-Object -First $top -Property Name, Id, @{ Name = 'WS(MB)'; Expression = { [int]($_.WorkingSet64 / 1MB) } } |
