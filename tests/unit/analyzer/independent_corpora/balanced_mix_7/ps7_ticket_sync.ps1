param(
    [Parameter(Mandatory)]
    [uri]$BaseUri,
    [string]$Project
)

$token = Get-Secret -Name TicketApiToken -AsPlainText
$headers = @{ Authorization = "Bearer $token" }
$Project ??= 'OPS'

$resp = Invoke-RestMethod -Uri "$BaseUri/api/projects/$Project/tickets?state=open" -Headers $headers -SkipHttpErrorCheck -StatusCodeVariable code
if ($code -ne 200) {
    throw "Ticket API returned $code"
}

$items = foreach ($t in $resp.items) {
    [pscustomobject]@{
        Id       = $t.id
        Title    = $t.title
        Assignee = $t.assignee?.name ?? 'unassigned'
    }
}
$items | ConvertTo-Json -AsArray | Set-Content -Path ./open_tickets.json
