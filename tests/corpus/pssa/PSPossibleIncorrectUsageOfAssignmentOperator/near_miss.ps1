$count = 3
if ($count -eq 5) {
    Write-Output $count
}
