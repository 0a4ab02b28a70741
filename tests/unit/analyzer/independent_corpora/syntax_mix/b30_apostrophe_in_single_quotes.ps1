param(
    [string]$Server = 'sql01'
)

if (-not (Test-Connection -ComputerName $Server -Count 1 -Quiet)) {
    Write-Warning -Message 'Server isn't reachable'
    exit 2
}
Write-Output "$Server is reachable"
