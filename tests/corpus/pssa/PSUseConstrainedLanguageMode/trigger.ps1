Add-Type -TypeDefinition 'public class Foo {}'
$shell = New-Object -ComObject WScript.Shell
[System.Runtime.InteropServices.Marshal]::SizeOf([int])
$shell
