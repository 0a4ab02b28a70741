$name = 'constant'
$greeting = "Hello $name"
$greeting
