$stamp = Get-Date -AsUTC -Format 'yyyyMMddTHHmmssZ'
$payload = Get-Content -Path ./event.json -Raw
if (-not (Test-Json -Json $payload -SchemaFile ./event.schema.json)) {
    throw 'event.json does not match the schema'
}
$evt = $payload | ConvertFrom-Json -Depth 10
$evt | Add-Member -NotePropertyName ingestedAt -NotePropertyValue $stamp
$evt | ConvertTo-Json -Depth 10 -AsArray | Set-Content -Path "./out/event-$stamp.json"
