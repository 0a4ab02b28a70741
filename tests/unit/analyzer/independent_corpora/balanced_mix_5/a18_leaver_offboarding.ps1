function Set-LeaverMailbox {
    param(
        [string]$UserName,
        [string]$Password,
        [string]$ForwardTo
    )
    $cred = New-Object System.Management.Automation.PSCredential('CORP\svc_o365', (ConvertTo-SecureString $Password -AsPlainText -Force))
    Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
    Set-Mailbox -Identity $UserName -Type Shared
    if ($ForwardTo) {
        Set-Mailbox -Identity $UserName -ForwardingSmtpAddress $ForwardTo -DeliverToMailboxAndForward $true
    }
    Disconnect-ExchangeOnline -Confirm:$false
}

$leavers = Import-Csv -Path \\fs01\hr$\leavers.csv
foreach ($l in $leavers) {
    Disable-ADAccount -Identity $l.SamAccountName
    Get-ADUser -Identity $l.SamAccountName -Properties MemberOf | Select-Object -ExpandProperty MemberOf | ForEach-Object {
        Remove-ADGroupMember -Identity $_ -Members $l.SamAccountName -Confirm:$false
    }
    Set-LeaverMailbox -UserName $l.UserPrincipalName -Password $env:O365_PW -ForwardTo $l.Manager
    Write-Host "$($l.SamAccountName) offboarded"
}
