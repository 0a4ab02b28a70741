try {
    Get-Item -Path C:\missing
}
Write-Output 'after'
