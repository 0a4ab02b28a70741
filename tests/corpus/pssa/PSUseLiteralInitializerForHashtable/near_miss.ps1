$table = @{}
$comparer = [StringComparer]::Ordinal
$other = New-Object -TypeName System.Collections.Hashtable -ArgumentList $comparer
$table, $other
