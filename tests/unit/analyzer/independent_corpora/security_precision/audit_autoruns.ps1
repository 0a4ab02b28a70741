<#
.SYNOPSIS
    Blue-team audit: lists Run/RunOnce values and Startup folder items and flags unsigned targets.
#>
[CmdletBinding()]
param()

$runKeys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKCU:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run'
)

$entries = foreach ($key in $runKeys) {
    if (-not (Test-Path -Path $key)) { continue }
    $props = Get-ItemProperty -Path $key
    foreach ($prop in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        [pscustomobject]@{ Location = $key; Name = $prop.Name; Command = [string]$prop.Value }
    }
}

$startup = [Environment]::GetFolderPath('Startup')
$entries += Get-ChildItem -Path $startup -File | ForEach-Object {
    [pscustomobject]@{ Location = $startup; Name = $_.Name; Command = $_.FullName }
}

foreach ($entry in $entries) {
    $exe = ($entry.Command -replace '^"([^"]+)".*$', '$1') -replace '\s+/.*$', ''
    $signature = if (Test-Path -Path $exe) { (Get-AuthenticodeSignature -FilePath $exe).Status } else { 'Missing' }
    $entry | Add-Member -NotePropertyName Signature -NotePropertyValue $signature -PassThru
}
