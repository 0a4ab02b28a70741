<#
    Summarises installed software from the uninstall keys, using the
    collection methods .Where{} and .ForEach{} rather than the pipeline.
#>
$keys = @(
    'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*'
    'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*'
)
$apps = Get-ItemProperty -Path $keys -ErrorAction SilentlyContinue

$named = $apps.Where{ $_.DisplayName }
$firstMs = $named.Where({ $_.Publisher -like 'Microsoft*' }, 'First')
$lastTwo = $named.Where({ $_.InstallDate }, 'Last', 2)
$bigApps, $otherApps = $named.Where({ $_.EstimatedSize -gt 500000 }, 'Split')
$untilSkype = $named.Where({ $_.DisplayName -match 'Skype' }, 'Until')
$names = $named.ForEach{ $_.DisplayName.Trim() }
$upper = $names.ForEach('ToUpperInvariant')
$versions = $named.ForEach('DisplayVersion')

$settings = [pscustomobject]@{
    'if'        = 'keyword as member'
    'class'     = 'Sample'
    'odd name'  = 42
    'Install-Location' = 'C:\Program Files'
}
$prop = 'class'
$prefix = 'Install'
$report = [ordered]@{
    IfValue  = $settings.if
    ClassVal = $settings.class
    Odd      = $settings.'odd name'
    Dynamic  = $settings.$prop
    Computed = $settings.($prefix + '-Location')
    Count    = $names.Count
    First    = $firstMs.DisplayName
    Last     = $lastTwo.DisplayName -join ', '
    Big      = $bigApps.Count
    Small    = $otherApps.Count
    Until    = $untilSkype.Count
    Upper    = $upper | Select-Object -First 3
    Versions = @($versions).Count
}
[pscustomobject]$report
