function Get-Thing {
  Write-Output 'two spaces'
    if ($true) {
        Write-Output 'ok'
    }
}
