param([int]$Hours = 24)

$since = (Get-Date).AddHours(-$Hours)
$events = Get-EventLog -LogName Security -InstanceId 4625 -After $since -ErrorAction SilentlyContinue
if ($events -eq $null) {
    Write-Output 'No failed logons.'
    return
}
$byUser = $events | Group-Object -Property { $_.ReplacementStrings[5] } | Sort-Object -Property Count -Descending
foreach ($g in $byUser | Select-Object -First 20) {
    $sources = $g.Group | ForEach-Object { $_.ReplacementStrings[19] } | Sort-Object -Unique
    [PSCustomObject]@{
        Account  = $g.Name
        Failures = $g.Count
        Sources  = $sources -join ', '
    }
}
