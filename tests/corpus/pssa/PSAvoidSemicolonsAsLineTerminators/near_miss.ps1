$a = 1; $b = 2
Write-Output "$a;$b"
