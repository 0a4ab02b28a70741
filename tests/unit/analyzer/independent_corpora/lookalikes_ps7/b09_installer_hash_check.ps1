[CmdletBinding()]
param(
    [string]$Uri = 'https://download.example.com/agent/7.4.2/agent-x64.msi',
    [string]$ExpectedSha256 = '9F2C6A4B1E7D3C8A5B0F2E4D6C8A1B3E5F7092C4D6E8A0B2C4D6E8F0A2B4C6D8'
)

$installer = Join-Path -Path $env:TEMP -ChildPath (Split-Path -Path $Uri -Leaf)
Invoke-WebRequest -Uri $Uri -OutFile $installer -UseBasicParsing

$actual = (Get-FileHash -Path $installer -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256) {
    Remove-Item -Path $installer -Force
    throw "Hash mismatch for $installer (got $actual)"
}

$sig = Get-AuthenticodeSignature -FilePath $installer
if ($sig.Status -ne 'Valid') {
    throw "Installer signature is $($sig.Status)"
}

$log = Join-Path -Path $env:TEMP -ChildPath 'agent-install.log'
$proc = Start-Process -FilePath msiexec.exe -ArgumentList "/i `"$installer`" /qn /norestart /l*v `"$log`"" -Wait -PassThru
if ($proc.ExitCode -notin 0, 3010) {
    throw "msiexec failed with $($proc.ExitCode); see $log"
}
