<#
.SYNOPSIS
    Refreshes the local copy of the public holiday calendar used by the on-call rota.
#>
[CmdletBinding()]
param(
    [string]$CalendarUri = 'https://intranet.contoso.com/hr/holidays.csv',
    [string]$Destination = 'C:\Rota\holidays.csv'
)

$client = New-Object -TypeName System.Net.WebClient
$client.UseDefaultCredentials = $true
try {
    $client.DownloadFile($CalendarUri, $Destination)
}
finally {
    $client.Dispose()
}

$holidays = Import-Csv -Path $Destination
Write-Verbose -Message "$(@($holidays).Count) holidays loaded from $CalendarUri"
