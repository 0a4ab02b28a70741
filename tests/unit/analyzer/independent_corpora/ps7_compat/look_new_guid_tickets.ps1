<#
.SYNOPSIS
    Creates correlation ids for a batch of support tickets exported from the helpdesk.
.NOTES
    New-Guid has shipped since Windows PowerShell 5.0.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$CsvPath
)

$tickets = Import-Csv -Path $CsvPath
foreach ($ticket in $tickets) {
    if ([string]::IsNullOrWhiteSpace($ticket.CorrelationId)) {
        $ticket.CorrelationId = (New-Guid).Guid
    }
}

$tickets | Export-Csv -Path $CsvPath -NoTypeInformation -Encoding UTF8
Write-Verbose "Updated $(@($tickets).Count) tickets"
