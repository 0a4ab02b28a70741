function Logoff-IdleSessions {
    param(
        [string]$Server = 'rdsh01',
        [int]$IdleHours = 4,
        $Credential
    )
    $raw = quser /server:$Server 2>$null
    foreach ($line in ($raw | Select-Object -Skip 1)) {
        $cols = ($line.Trim() -replace '\s{2,}', ',').Split(',')
        if ($cols.Count -eq 6) {
            $id = $cols[2]; $idle = $cols[4]
        } else {
            $id = $cols[1]; $idle = $cols[3]
        }
        if ($idle -match '^(\d+)\+' -or ($idle -match '^(\d+):' -and [int]$Matches[1] -ge $IdleHours)) {
            logoff $id /server:$Server
            Write-Output "Logged off session $id on $Server"
        }
    }
}

Logoff-IdleSessions -Server rdsh02 -IdleHours 8
