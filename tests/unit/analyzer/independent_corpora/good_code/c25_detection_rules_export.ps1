<#
.SYNOPSIS
    Writes the team's PowerShell detection rules (Sigma format) to the SIEM import folder.
#>
[CmdletBinding()]
param(
    [string]$OutputFolder = 'C:\SOC\sigma\powershell'
)

$rules = @{
    'ps_download_cradle.yml' = @'
title: PowerShell download cradle
status: stable
logsource:
    product: windows
    service: powershell
    definition: Script Block Logging must be enabled
detection:
    selection:
        EventID: 4104
        ScriptBlockText|contains|all:
            - 'Net.WebClient'
            - '.DownloadString('
            - 'IEX'
    condition: selection
level: high
'@
    'ps_amsi_bypass.yml'     = @'
title: AMSI bypass via reflection
status: experimental
detection:
    selection:
        EventID: 4104
        ScriptBlockText|contains:
            - 'System.Management.Automation.AmsiUtils'
            - 'amsiInitFailed'
    condition: selection
level: critical
'@
}

if (-not (Test-Path -Path $OutputFolder)) {
    New-Item -Path $OutputFolder -ItemType Directory | Out-Null
}

foreach ($name in $rules.Keys) {
    $target = Join-Path -Path $OutputFolder -ChildPath $name
    Set-Content -Path $target -Value $rules[$name] -Encoding UTF8
    Write-Verbose -Message "Wrote $target"
}
