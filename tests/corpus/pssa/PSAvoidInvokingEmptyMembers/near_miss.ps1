$text = 'abc'
$text.Length
$name = 'Length'
$text.$name
