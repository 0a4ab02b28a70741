$items = Get-ChildItem -Path .
if ($items -eq $null) {
    Write-Output 'none'
}
