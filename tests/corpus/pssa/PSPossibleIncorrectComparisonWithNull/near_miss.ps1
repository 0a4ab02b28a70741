$items = Get-ChildItem -Path .
if ($null -eq $items) {
    Write-Output 'none'
}
