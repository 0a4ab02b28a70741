function Get-UserSessions {
    [CmdletBinding()]
    param(
        [string]$ComputerName = $env:COMPUTERNAME
    )

    $raw = quser.exe /server:$ComputerName 2>$null
    if ($LASTEXITCODE -ne 0 -or $raw -eq $null) {
        return
    }
    foreach ($line in ($raw | Select-Object -Skip 1)) {
        $parts = $line.Trim() -split '\s{2,}'
        [pscustomobject]@{
            UserName  = $parts[0].TrimStart('>')
            SessionId = $parts[-4]
            State     = $parts[-3]
        }
    }
}

function Stop-UserSession {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [int]$SessionId,

        [string]$ComputerName = $env:COMPUTERNAME
    )

    process {
        if ($PSCmdlet.ShouldContinue("Log off session $SessionId on $ComputerName?", 'Confirm logoff')) {
            logoff.exe $SessionId /server:$ComputerName
        }
    }
}

function Show-SessionTable {
    param([object[]]$Session)

    Write-Host ('{0,-20} {1,5} {2}' -f 'User', 'Id', 'State') -ForegroundColor Yellow
    foreach ($s in $Session) {
        Write-Host ('{0,-20} {1,5} {2}' -f $s.UserName, $s.SessionId, $s.State)
    }
}

$sessions = Get-UserSessions
Show-SessionTable -Session $sessions
$sessions | Where-Object State -eq 'Disc' | Stop-UserSession
