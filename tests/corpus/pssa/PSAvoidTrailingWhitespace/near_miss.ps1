Write-Output 'a   b'
$text = @'
spaces   inside, none at the end
'@
$text	| Out-Null
