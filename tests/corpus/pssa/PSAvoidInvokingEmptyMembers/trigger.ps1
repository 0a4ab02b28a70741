$text = 'abc'
$text.('Len' + 'gth')
