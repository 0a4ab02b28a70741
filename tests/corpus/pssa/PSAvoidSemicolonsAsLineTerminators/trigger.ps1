$a = 1;
Write-Output $a
