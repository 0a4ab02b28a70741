function Get-Thing {
    Write-Output 'four spaces'
    if ($true) {
        Get-ChildItem -Path . |
            Select-Object -First 1
    }
}
