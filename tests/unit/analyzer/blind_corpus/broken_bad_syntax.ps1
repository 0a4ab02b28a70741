$items = @(1, 2, 3
foreach ($i in $items) {
    Write-Output $i
}
