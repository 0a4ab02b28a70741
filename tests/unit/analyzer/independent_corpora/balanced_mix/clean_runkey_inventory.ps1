# Lists autostart entries for the quarterly endpoint review (read only)
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
    foreach ($prop in $item.PSObject.Properties) {
        if ($prop.Name -like 'PS*') {
            continue
        }
        [PSCustomObject]@{
            Key     = $key
            Name    = $prop.Name
            Command = $prop.Value
        }
    }
}
$entries | Sort-Object -Property Key, Name | Export-Csv -Path "$env:TEMP\autoruns.csv" -NoTypeInformation
