function Set-OutOfOffice {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$Mailbox,
        [string]$Message = 'I am out of the office and will reply when I return.',
        [datetime]$Until = (Get-Date).AddDays(7),
        [switch]$WhatIf
    )
    if ($WhatIf) {
        Write-Output "Would set auto-reply on $Mailbox until $Until"
        return
    }
    Set-MailboxAutoReplyConfiguration -Identity $Mailbox -AutoReplyState Scheduled ` 
        -StartTime (Get-Date) -EndTime $Until -InternalMessage $Message -ExternalMessage $Message
}

Import-Csv -Path .\leavers.csv | foreach { Set-OutOfOffice -Mailbox $_.Mail -Until ([datetime]$_.LastDay).AddDays(30) }
