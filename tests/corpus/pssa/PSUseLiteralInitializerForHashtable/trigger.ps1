$table = New-Object Hashtable
$other = New-Object -TypeName System.Collections.Hashtable
$third = [hashtable]::new()
$table, $other, $third
