<#
.SYNOPSIS
    Turns a block of pasted server names into clean objects.
#>

filter ConvertTo-ServerRecord {
    $name = $_.Trim()
    if ($name -and -not $name.StartsWith('#')) {
        [pscustomobject]@{
            Name   = $name.ToUpperInvariant()
            Domain = ($name -split '\.', 2)[1]
        }
    }
}

$pasted = (@'
web01.corp.example.com
  web02.corp.example.com
# retired: web03.corp.example.com
sql01.corp.example.com
'@).Split("`n")

$sqlTemplate = @"
SELECT name, state_desc
FROM sys.databases
WHERE name = N'{0}' -- "quoted" and 'quoted'
"@.Trim()

$records = $pasted | ConvertTo-ServerRecord
$records | ForEach-Object -Process {
    $sqlTemplate -f $_.Name
}
