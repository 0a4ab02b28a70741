function Get-Report {
    $unused = Get-Date
    $used = Get-Item -Path .
    $used
}
