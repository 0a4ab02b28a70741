<#
.SYNOPSIS
    Downloads the monitoring agent MSI, verifies it and installs it silently.
.DESCRIPTION
    The package is only started after its SHA-256 hash matches the published value
    and its Authenticode signature is valid and issued to the expected publisher.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [uri]$PackageUri,

    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[A-Fa-f0-9]{64}$')]
    [string]$ExpectedSha256,

    [string]$Publisher = 'CN=Contoso Monitoring Ltd'
)

$ErrorActionPreference = 'Stop'
$installer = Join-Path -Path $env:TEMP -ChildPath 'monitoring-agent.msi'
$logFile = Join-Path -Path $env:TEMP -ChildPath 'monitoring-agent-install.log'

Write-Verbose -Message "Downloading $PackageUri"
Invoke-WebRequest -Uri $PackageUri -OutFile $installer -UseBasicParsing

$hash = Get-FileHash -Path $installer -Algorithm SHA256
if ($hash.Hash -ne $ExpectedSha256) {
    Remove-Item -Path $installer -Force
    throw "Hash mismatch for ${installer}: got $($hash.Hash)"
}

$signature = Get-AuthenticodeSignature -FilePath $installer
if ($signature.Status -ne 'Valid' -or $signature.SignerCertificate.Subject -notlike "$Publisher*") {
    Remove-Item -Path $installer -Force
    throw "Signature check failed: $($signature.StatusMessage)"
}

if ($PSCmdlet.ShouldProcess($env:COMPUTERNAME, 'Install monitoring agent')) {
    $arguments = @('/i', "`"$installer`"", '/qn', '/norestart', '/l*v', "`"$logFile`"")
    $process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru
    if ($process.ExitCode -notin 0, 3010) {
        throw "msiexec failed with exit code $($process.ExitCode); see $logFile"
    }
    Write-Information -MessageData "Installed (exit code $($process.ExitCode))" -InformationAction Continue
}
