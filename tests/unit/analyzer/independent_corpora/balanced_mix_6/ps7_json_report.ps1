#Requires -Version 7.2
$since = (Get-Date -AsUTC).AddDays(-7)
$raw = Get-Content -Path ./events.json -Raw
$events = $raw | ConvertFrom-Json -AsHashtable -Depth 20

$summary = $events |
    Where-Object { [datetime]$_['timestamp'] -ge $since } |
    Group-Object -Property { $_['level'] } -NoElement

$summary | ForEach-Object {
    $color = $_.Name -eq 'error' ? $PSStyle.Foreground.Red : $PSStyle.Foreground.Green
    "$color$($_.Name)$($PSStyle.Reset): $($_.Count)"
}
