$ready = Test-Path -Path C:\ready
if (!$ready) {
    Write-Output 'not ready'
}
