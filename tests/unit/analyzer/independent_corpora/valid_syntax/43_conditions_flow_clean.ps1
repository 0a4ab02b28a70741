<#
.SYNOPSIS
    Decides which maintenance window applies to a server from its tags.
#>
[CmdletBinding()]
[OutputType([string])]
param(
    [Parameter(Mandatory)]
    [hashtable]$Tag,

    [datetime]$Now = (Get-Date)
)

$isWeekend = $Now.DayOfWeek -in [DayOfWeek]::Saturday, [DayOfWeek]::Sunday
$hour = $Now.Hour

if ($Tag.ContainsKey('Frozen') -and
    $Tag['Frozen'] -eq 'true') {
    return 'none'
}
elseif ($Tag['Tier'] -eq 'Critical' -and
        -not $isWeekend -or
        ($hour -ge 1 -and $hour -lt 4)) {
    $window = 'night'
}
elseif ($Tag['Tier'] -match '^(Dev|Test)$') {
    $window = 'anytime'
}
else {
    $window = switch -Regex ($Tag['Region']) {
        '^eu-' { 'weekend-eu'; break }
        '^(us|ca)-' { 'weekend-na'; break }
        default { 'weekend' }
    }
}

:outer while ($true) {
    foreach ($blackout in @($Tag['Blackout'])) {
        if (-not $blackout) { continue }
        $from, $to = $blackout -split '\.\.' | ForEach-Object -Process { [datetime]$_ }
        if ($Now -ge $from -and $Now -le $to) {
            $window = 'none'
            break outer
        }
    }
    break
}

$window
