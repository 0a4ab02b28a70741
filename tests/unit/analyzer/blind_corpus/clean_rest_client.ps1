function Get-TicketStatus {
    <#
    .SYNOPSIS
        Returns the status of a service desk ticket.
    .PARAMETER TicketId
        The ticket number.
    .PARAMETER Credential
        An account allowed to read tickets.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [ValidatePattern('^INC\d{7}$')]
        [string]$TicketId,

        [Parameter(Mandatory)]
        [pscredential]$Credential
    )

    process {
        $uri = 'https://servicedesk.contoso.com/api/tickets/{0}' -f $TicketId
        try {
            $ticket = Invoke-RestMethod -Uri $uri -Credential $Credential -ErrorAction Stop
            $ticket.status
        }
        catch {
            Write-Error -Message "Could not read $TicketId" -Exception $_.Exception
        }
    }
}
