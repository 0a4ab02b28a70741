[CmdletBinding()]
param(
    [string]$ServiceName = 'Spooler'
)

$svc = Get-Service -Name $ServiceName -ErrorAction SilentlyContinue
if ($svc.Status -ne 'Running') {
    try {
        Start-Service -Name $ServiceName -ErrorAction Stop
        Write-Verbose "$ServiceName started"
    }
    Write-Output "Service state: $((Get-Service -Name $ServiceName).Status)"
}
