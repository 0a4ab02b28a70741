function Get-Report {
    $used = Get-Item -Path .
    $used
    $null = Get-Date
}
