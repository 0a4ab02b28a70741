try {
    Get-Item -Path C:\missing
}
catch {
    Write-Warning -Message $_.Exception.Message
}
