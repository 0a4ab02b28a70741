Write-Output 'a'
$text = @'
trailing   
'@
$text
