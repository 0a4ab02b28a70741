function Get-Report {
    'report'
}
