$files = Get-ChildItem -Path C:\Temp
if ($files.Count -gt 10 {
    Write-Output 'many files'
}
