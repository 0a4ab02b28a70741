$a = 3
if ($a -gt 2) {
    Write-Output $a
}
