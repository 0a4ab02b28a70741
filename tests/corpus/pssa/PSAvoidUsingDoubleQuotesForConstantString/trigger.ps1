$name = "constant"
$name
