$a = 3
if ($a > 2) {
    Write-Output $a
}
