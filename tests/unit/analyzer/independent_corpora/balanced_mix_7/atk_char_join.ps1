function Invoke-Stage {
    param([string]$Blob)
    $n = -join [char[]](73, 110, 118, 111, 107, 101, 45, 69, 120, 112, 114, 101, 115, 115, 105, 111, 110)
    & $n $Blob
}

$p = -join [char[]](87, 114, 105, 116, 101, 45, 79, 117, 116, 112, 117, 116, 32, 39, 111, 107, 39)
$k = [byte[]](0x13, 0x37)
$x = 0
$decoded = ($p.ToCharArray() | ForEach-Object { [char]([int]$_ -bxor $k[$x++ % 2] -bxor $k[($x - 1) % 2]) }) -join ''
Invoke-Stage -Blob $decoded
