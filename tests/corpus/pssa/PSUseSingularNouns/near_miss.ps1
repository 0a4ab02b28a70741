function Get-Report {
    'report'
}
function Get-Status {
    'ok'
}
