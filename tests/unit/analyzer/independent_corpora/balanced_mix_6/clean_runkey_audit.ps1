# Lists autostart entries from the Run keys for the weekly endpoint review
$keys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
)

$entries = foreach ($key in $keys) {
    if (-not (Test-Path -Path $key)) {
        continue
    }
    $item = Get-ItemProperty -Path $key
    foreach ($prop in $item.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        [pscustomobject]@{
            Key     = $key
            Name    = $prop.Name
            Command = $prop.Value
        }
    }
}

$entries | Sort-Object -Property Key, Name | Format-Table -AutoSize -Wrap
