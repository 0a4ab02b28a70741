if ($true) {
    Write-Output 'yes'
}
foreach ($i in 1..3) { Write-Output $i }
