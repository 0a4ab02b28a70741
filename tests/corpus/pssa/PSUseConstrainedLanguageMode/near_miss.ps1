$now = [datetime]::Now
$text = [string]::Join(',', @('a', 'b'))
$now, $text
