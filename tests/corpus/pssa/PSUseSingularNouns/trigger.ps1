function Get-Reports {
    'report'
}
