Write-Output 'starting'
[Console]::ReadLine()
function Show-Banner {
    Write-Host 'banner'
    [Console]::WriteLine('banner')
}
