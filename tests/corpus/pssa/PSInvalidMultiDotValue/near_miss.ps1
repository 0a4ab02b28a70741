$version = [version]'1.2.3'
$ratio = 1.5
$version, $ratio
