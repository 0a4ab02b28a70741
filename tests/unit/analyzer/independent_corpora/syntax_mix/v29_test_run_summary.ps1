# summarise the last test run from the CSV export
filter Select-Failed {
    if ($_.Result -ne 'Passed') { $_ }
}

$rows = @(Import-Csv -Path .\results.csv)
$failed = @($rows | Select-Failed)
$firstFew = $failed[0..4]
$lastTwo = $failed[-2..-1]
$picked = $rows[0, 2 + 3..5]

& {
    param($All, $Bad)
    '{0} of {1} tests failed' -f $Bad.Count, $All.Count
} $rows $failed

. {
    $ratio = if ($rows.Count) { $failed.Count / $rows.Count } else { 0 }
}
'failure ratio: {0:P1}' -f $ratio
$firstFew + $lastTwo + $picked | Select-Object -Property Name, Result -Unique
