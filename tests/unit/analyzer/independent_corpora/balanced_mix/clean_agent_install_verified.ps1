[CmdletBinding()]
param(
    [string]$InstallerUrl = 'https://downloads.contoso.com/agent/ContosoAgent-4.2.1.msi',
    [string]$ExpectedSha256 = '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08'
)

$msi = Join-Path -Path $env:TEMP -ChildPath 'ContosoAgent.msi'
Invoke-WebRequest -Uri $InstallerUrl -OutFile $msi -UseBasicParsing
$actual = (Get-FileHash -Path $msi -Algorithm SHA256).Hash
if ($actual -ne $ExpectedSha256) {
    Remove-Item -Path $msi -Force
    throw "Hash mismatch for $msi"
}
$log = Join-Path -Path $env:TEMP -ChildPath 'ContosoAgent-install.log'
$proc = Start-Process -FilePath msiexec.exe -ArgumentList '/i', "`"$msi`"", '/qn', '/l*v', "`"$log`"" -Wait -PassThru
if ($proc.ExitCode -ne 0) {
    throw "Installer exited with $($proc.ExitCode); see $log"
}
