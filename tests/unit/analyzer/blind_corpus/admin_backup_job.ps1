[CmdletBinding()]
param(
    [string]$Source = 'D:\Data',
    [string]$Destination = '\\backup01\share\data',
    [string]$LogFile = 'C:\Logs\backup.log'
)

$ErrorActionPreference = 'Stop'
$global:BackupErrors = 0

function Write-BackupLog {
    param([string]$Message)
    $line = '{0:u} {1}' -f (Get-Date), $Message
    Add-Content -Path $LogFile -Value $line
}

try {
    Write-BackupLog -Message "Starting backup of $Source"
    robocopy $Source $Destination /MIR /R:2 /W:5 /NP /LOG+:$LogFile
    if ($LASTEXITCODE -ge 8) {
        $global:BackupErrors++
        throw "robocopy failed with exit code $LASTEXITCODE"
    }
    Write-BackupLog -Message 'Backup finished'
}
catch {
}
