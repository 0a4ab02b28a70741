function Get-Data[1] {
    'x'
}
