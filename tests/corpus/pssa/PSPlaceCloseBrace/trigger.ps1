if ($true) {
    Write-Output 'yes' }
if ($false) {
    Write-Output 'no'
} else {
    Write-Output 'else'
}
