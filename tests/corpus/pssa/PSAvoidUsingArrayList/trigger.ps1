$list = New-Object System.Collections.ArrayList
$other = [System.Collections.ArrayList]::new()
$list, $other
