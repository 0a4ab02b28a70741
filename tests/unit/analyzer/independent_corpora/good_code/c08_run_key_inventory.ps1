<#
.SYNOPSIS
    Inventories autorun entries (Run/RunOnce keys and Startup folders) for triage.
.DESCRIPTION
    Read-only collection used by the SOC during incident response. Nothing is written
    to the registry or to the Startup folders.
#>
[CmdletBinding()]
[OutputType([pscustomobject])]
param()

$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce'
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Run'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)

foreach ($key in $runKeys) {
    if (-not (Test-Path -Path $key)) {
        continue
    }
    $item = Get-ItemProperty -Path $key
    foreach ($property in $item.PSObject.Properties) {
        if ($property.Name -like 'PS*') {
            continue
        }
        [pscustomobject]@{
            Location = $key
            Name     = $property.Name
            Command  = $property.Value
        }
    }
}

$startupFolders = @(
    [Environment]::GetFolderPath('Startup')
    [Environment]::GetFolderPath('CommonStartup')
)
foreach ($folder in $startupFolders) {
    Get-ChildItem -Path $folder -File -ErrorAction SilentlyContinue | ForEach-Object {
        [pscustomobject]@{
            Location = $folder
            Name     = $_.Name
            Command  = $_.FullName
        }
    }
}
