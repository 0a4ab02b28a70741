<#
.SYNOPSIS
    Writes the nightly sync summary as a self-contained HTML page with the logo inlined.
.DESCRIPTION
    The small PNG logo is embedded as Base64 so the page has no file dependencies when it
    is attached to the ticket. The Base64 text is image data, it is never executed.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$Message,

    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath 'sync-summary.html')
)

$logoBase64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
$logoBytes = [System.Convert]::FromBase64String($logoBase64)
if ($logoBytes.Length -lt 8 -or $logoBytes[1] -ne 0x50) {
    throw 'Embedded logo is not a PNG image.'
}

$escaped = [System.Net.WebUtility]::HtmlEncode($Message)
$page = @"
<html>
<body style="font-family: Segoe UI, sans-serif">
  <img alt="Contoso" src="data:image/png;base64,$logoBase64" width="48" height="48">
  <h2>Nightly sync</h2>
  <p>$escaped</p>
  <p>Generated $(Get-Date -Format 'yyyy-MM-dd HH:mm') on $env:COMPUTERNAME</p>
</body>
</html>
"@

Set-Content -Path $OutputPath -Value $page -Encoding UTF8
Get-Item -Path $OutputPath
