# Interactive helpdesk menu. Write-Host is intentional here: it is a console UI.
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
param(
    [string]$Technician = $env:USERNAME
)

function Read-MenuChoice {
    param([string[]]$Options)
    for ($i = 0; $i -lt $Options.Count; $i++) {
        Write-Host ("[{0}] {1}" -f ($i + 1), $Options[$i]) -ForegroundColor Cyan
    }
    [int](Read-Host -Prompt 'Choice') - 1
}

Write-Host "Helpdesk tools - logged in as $Technician" -ForegroundColor Green
$choice = Read-MenuChoice -Options @('Unlock account', 'Reset password', 'Show last logon')

switch ($choice) {
    0 { $user = Read-Host -Prompt 'User'; Unlock-ADAccount -Identity $user; Write-Host "Unlocked $user" }
    1 { $user = Read-Host -Prompt 'User'; Set-ADAccountPassword -Identity $user -Reset -NewPassword (Read-Host -AsSecureString -Prompt 'New password') }
    2 { $user = Read-Host -Prompt 'User'; Get-ADUser -Identity $user -Properties LastLogonDate | Format-List Name, LastLogonDate }
    default { Write-Warning 'Unknown choice' }
}
