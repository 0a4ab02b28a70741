# Removes guest accounts that never redeemed their invitation (older than 30 days)
param([int]$Days = 30, [switch]$ListOnly)

Connect-MgGraph -Scopes 'User.ReadWrite.All' | Out-Null

function Remove-PendingGuest {
    param($Guest)
    Remove-MgUser -UserId $Guest.Id
    Write-Host "Removed $($Guest.Mail)"
}

$cutoff = (Get-Date).AddDays(-$Days)
$guests = Get-MgUser -Filter "userType eq 'Guest'" -All -Property Id, Mail, CreatedDateTime, ExternalUserState
foreach ($g in $guests) {
    if ($g.ExternalUserState -eq 'PendingAcceptance' -and $g.CreatedDateTime -lt $cutoff) {
        if ($ListOnly) { "Would remove $($g.Mail)" } else { Remove-PendingGuest $g }
    }
}
