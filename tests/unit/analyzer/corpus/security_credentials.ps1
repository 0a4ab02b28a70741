# Credentials, secrets, TLS and infrastructure details in code.
function Connect-Inventory {
    [CmdletBinding()]
    param(
        [string]$UserName,
        [string]$Password,
        [string]$Credential,
        [switch]$PassThru
    )
    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $login = New-Object System.Management.Automation.PSCredential($UserName, $secure)
    if ($PassThru) { $login }
    $Credential
}

$password = 'Summer2024!'
$apiToken = "ghp_0123456789abcdefghijklmnopqrstuvwxyzAB"
$settings = @{ Server = 'db01'; Password = 'Winter2024!' }
Connect-Inventory -UserName 'svc_inventory' -Password 'Spring2024!'
$awsKeyId = 'AKIAIOSFODNN7EXAMPLE'
[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }
Invoke-RestMethod -Uri 'https://inventory.contoso.local/api' -SkipCertificateCheck
Get-CimInstance -ClassName Win32_OperatingSystem -ComputerName 'SRV-INV-01'
$hasher = [System.Security.Cryptography.MD5]::Create()
Get-FileHash -Path .\setup.msi -Algorithm SHA1
Write-Output -InputObject $password, $apiToken, $settings, $awsKeyId, $hasher
