try {
    Get-Item -Path C:\missing
}
catch {
    Write-Warning 'failed'
}
