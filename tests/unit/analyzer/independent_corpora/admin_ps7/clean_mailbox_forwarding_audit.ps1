<#
.SYNOPSIS
    Flags mailboxes that forward mail outside the organisation.
.DESCRIPTION
    Accepts mailbox objects or identities from the pipeline, so it can be fed by
    Get-Mailbox or by a CSV of identities. Optionally clears the forwarding.
.PARAMETER Identity
    Mailbox identity (alias, UPN or distinguished name).
.PARAMETER AcceptedDomain
    Domains that count as internal.
.PARAMETER ClearForwarding
    Removes external forwarding after confirmation.
.EXAMPLE
    Get-Mailbox -ResultSize Unlimited | .\clean_mailbox_forwarding_audit.ps1 -AcceptedDomain contoso.com
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
    [Alias('PrimarySmtpAddress')]
    [string]$Identity,

    [Parameter(Mandatory)]
    [string[]]$AcceptedDomain,

    [switch]$ClearForwarding
)

begin {
    $internalPattern = '@({0})$' -f (($AcceptedDomain | ForEach-Object { [regex]::Escape($_) }) -join '|')
    $flagged = 0
}

process {
    $mailbox = Get-Mailbox -Identity $Identity -ErrorAction Stop
    $target = $mailbox.ForwardingSmtpAddress -replace '^smtp:', ''
    if (-not $target -or $target -match $internalPattern) {
        return
    }

    $flagged++
    [pscustomobject]@{
        Mailbox          = $mailbox.PrimarySmtpAddress
        ForwardsTo       = $target
        DeliverAndRedirect = $mailbox.DeliverToMailboxAndForward
    }

    if ($ClearForwarding -and $PSCmdlet.ShouldProcess($mailbox.PrimarySmtpAddress, "Remove forwarding to $target")) {
        Set-Mailbox -Identity $mailbox.Identity -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false
    }
}

end {
    Write-Verbose "$flagged mailbox(es) forward externally"
}
