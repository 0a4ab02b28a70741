<#
.SYNOPSIS
    Rotates the application log and restarts the service.
#>
param(
    [string]$LogFile = 'C:\App\logs\app.log',
    [string]$ServiceName = 'ContosoApp'
)

$archive = "$LogFile.$(Get-Date -Format yyyyMMdd)"
try {
    Stop-Service -Name $ServiceName -ErrorAction Stop
    Move-Item -Path $LogFile -Destination $archive -Force
}

Start-Service -Name $ServiceName
Write-Output "Log rotated to $archive"
