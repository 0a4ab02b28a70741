# helpdesk toolkit - dot source this in your profile
# . \\fs01\it\scripts\31_helpdesk_toolkit.ps1

function Unlock-User($Identity, $Ticket) {
    Unlock-ADAccount -Identity $Identity
    Write-Host "$Identity unlocked"
}

function Get-UserGroups {
    param($User, $Filter)
    (Get-ADUser $User -Properties MemberOf).MemberOf | % { ($_ -split ',')[0] -replace 'CN=' }
}

function Flush-DNS {
    param([string]$Computer)
    Invoke-Command -ComputerName $Computer -ScriptBlock { ipconfig /flushdns }
}

function Wait-ForFile {
    param($Path, [int]$TimeoutSec = 60)
    $elapsed = 0
    while ($found = Test-Path $Path) {
        Start-Sleep 1
        $elapsed++
        if ($elapsed -ge $TimeoutSec) { break }
    }
    return $found
}

function Get-LastBoot {
    param($ComputerName)
    $os = Get-CimInstance Win32_OperatingSystem -ComputerName $ComputerName
    if ($os -eq $null) { return }
    $os.LastBootUpTime
}
