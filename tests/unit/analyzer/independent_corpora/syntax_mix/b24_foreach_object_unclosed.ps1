$threshold = (Get-Date).AddDays(-90)
$disabled = 0

Get-ADComputer -Filter * -Properties LastLogonDate, OperatingSystem | ForEach-Object {
    if ($_.LastLogonDate -and $_.LastLogonDate -lt $threshold) {
        Write-Verbose -Message "stale: $($_.Name) ($($_.OperatingSystem))"
        if ($_.OperatingSystem -notlike '*Server*') {
            Disable-ADAccount -Identity $_.DistinguishedName -WhatIf
            $disabled++
        }
    }

Write-Output "$disabled computer accounts would be disabled"
