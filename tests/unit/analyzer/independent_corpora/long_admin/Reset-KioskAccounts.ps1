<#
    Resets the local kiosk accounts on the reception and showroom PCs every Monday morning
    (the password is printed on the desk card, so it is not a secret - ticket RITM0032211).
    Also re-applies the autologon registry values that the Windows updates keep removing.
#>
$kiosks = Get-Content -Path '\\fs01\it$\kiosk\kiosks.txt'
$kioskUser = 'kiosk'
$kioskPassword = 'Welcome2Contoso!'

foreach ($pc in $kiosks) {
    if (-not (Test-Connection -ComputerName $pc -Count 1 -Quiet)) {
        Write-Warning "$pc is offline"
        continue
    }

    Invoke-Command -ComputerName $pc -ScriptBlock {
        $user = $args[0]
        $password = $args[1]
        net user $user $password /active:yes /expires:never
        $winlogon = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon'
        Set-ItemProperty $winlogon 'AutoAdminLogon' '1'
        Set-ItemProperty -Path $winlogon -Name 'DefaultUserName' -Value $user
        Set-ItemProperty -Path $winlogon -Name 'DefaultPassword' -Value $password
    } -ArgumentList $kioskUser, $kioskPassword
}

# the showroom PC is not in the list because it is in the DMZ workgroup
$cred = Get-Credential -UserName 'SHOWROOM01\Administrator' -Message 'Local admin of SHOWROOM01'
Invoke-Command -ComputerName 'SHOWROOM01' -Credential $cred -ScriptBlock {
    net user kiosk Welcome2Contoso! /active:yes
}

# log the run for the audit
$cmd = "Add-Content -Path '\\fs01\it`$\kiosk\runs.log' -Value '$(Get-Date -Format s) reset $($kiosks.Count) kiosks'"
Invoke-Expression $cmd
