<#
.SYNOPSIS
    Collects failed logon counts per account from the Security log.
#>
[CmdletBinding()]
param(
    [int]$Hours = 24
)

function Get-FailedLogonSummary {
    [CmdletBinding()]
    param(
        [int]$SinceHours
    )

    $filter = @{
        LogName   = 'Security'
        Id        = 4625
        StartTime = (Get-Date).AddHours(-$SinceHours)
    }

    $events = Get-WinEvent -FilterHashtable $filter -ErrorAction SilentlyContinue
    if (-not $events) {
        Write-Verbose -Message 'No failed logons found.'
        return
    }
    }

    $events |
        Group-Object -Property { $_.Properties[5].Value } |
        Sort-Object -Property Count -Descending |
        Select-Object -First 20 -Property Name, Count
}

Get-FailedLogonSummary -SinceHours $Hours
