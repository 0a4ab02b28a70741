function Get-ChildItem {
    'mine'
}
