<#
.SYNOPSIS
    Encrypts a payroll export with AES-256 before it is uploaded to the bank's SFTP drop.
.DESCRIPTION
    The key is a Base64 string kept in the SecretManagement vault; a fresh IV is written
    in front of the cipher text.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$InputFile,

    [string]$OutputFile = "$InputFile.enc"
)

$keyText = Get-Secret -Vault 'FinanceVault' -Name 'PayrollExportKey' -AsPlainText
$aes = [System.Security.Cryptography.Aes]::Create()
try {
    $aes.KeySize = 256
    $aes.Key = [System.Convert]::FromBase64String($keyText)
    $aes.GenerateIV()

    $plain = [System.IO.File]::ReadAllBytes((Resolve-Path -Path $InputFile).ProviderPath)
    $encryptor = $aes.CreateEncryptor()
    $cipher = $encryptor.TransformFinalBlock($plain, 0, $plain.Length)

    $output = New-Object -TypeName System.IO.MemoryStream
    $output.Write($aes.IV, 0, $aes.IV.Length)
    $output.Write($cipher, 0, $cipher.Length)
    [System.IO.File]::WriteAllBytes($OutputFile, $output.ToArray())

    $hash = Get-FileHash -Path $OutputFile -Algorithm SHA256
    Write-Verbose -Message "Encrypted file SHA-256: $($hash.Hash)"
}
finally {
    $aes.Dispose()
}
