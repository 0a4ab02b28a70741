try {
    Get-Item -Path C:\missing
}
catch {
}
