$count = 3
if ($count = 5) {
    Write-Output $count
}
