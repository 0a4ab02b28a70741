function Get-Data1 {
    'x'
}
