try {
    Get-Item -Path 'C:\data\input.csv'
}
Write-Output 'after'
