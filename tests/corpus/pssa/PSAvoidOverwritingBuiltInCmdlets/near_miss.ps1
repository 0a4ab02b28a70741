function Get-ChildItemReport {
    'mine'
}
