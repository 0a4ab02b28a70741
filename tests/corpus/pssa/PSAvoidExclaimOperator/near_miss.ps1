$ready = Test-Path -Path C:\ready
if (-not $ready) {
    Write-Output 'not ready!'
}
