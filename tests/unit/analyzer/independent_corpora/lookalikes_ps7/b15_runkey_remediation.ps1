<#
    Removes autostart values that the EDR flagged, after saving a copy for the case file.
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [string[]]$ValueName,

    [string]$EvidencePath = 'D:\IR\runkeys.reg'
)

$key = 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run'
reg.exe export 'HKCU\Software\Microsoft\Windows\CurrentVersion\Run' $EvidencePath /y | Out-Null

foreach ($name in $ValueName) {
    $current = Get-ItemProperty -Path $key -Name $name -ErrorAction SilentlyContinue
    if (-not $current) {
        Write-Verbose -Message "$name is not present"
        continue
    }
    if ($PSCmdlet.ShouldProcess("$key\$name", 'Remove autostart value')) {
        Remove-ItemProperty -Path $key -Name $name
    }
}
