#Requires -Modules ActiveDirectory
<#
.SYNOPSIS
    Reports stale Active Directory accounts as an HTML page.
.PARAMETER SearchBase
    OU to search.
.PARAMETER InactiveDays
    Accounts without a logon for this many days are stale.
.PARAMETER OutputPath
    Where to write the HTML report.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [string]$SearchBase,
    [int]$InactiveDays = 90,
    [string]$OutputPath = (Join-Path -Path $env:TEMP -ChildPath 'stale-accounts.html')
)

class StaleAccount {
    [string]$Name
    [string]$Department
    [datetime]$LastLogon

    StaleAccount([string]$name, [string]$department, [datetime]$lastLogon) {
        $this.Name = $name
        $this.Department = $department
        $this.LastLogon = $lastLogon
    }

    [int] DaysInactive() {
        return ((Get-Date) - $this.LastLogon).Days
    }
}

$threshold = (Get-Date).AddDays(-$InactiveDays)
$filter = { Enabled -eq $true -and LastLogonDate -lt $threshold }
$users = Get-ADUser -Filter $filter -SearchBase $SearchBase -Properties LastLogonDate, Department

$accounts = $users | ForEach-Object -Process {
    [StaleAccount]::new($_.SamAccountName, $_.Department, $_.LastLogonDate)
}
$byDepartment = $accounts | Group-Object -Property Department | Sort-Object -Property Count -Descending

$rows = foreach ($group in $byDepartment) {
    $severity = switch ($group.Count) {
        { $_ -ge 50 } { 'high'; break }
        { $_ -ge 10 } { 'medium'; break }
        default { 'low' }
    }
    '<tr class="{0}"><td>{1}</td><td>{2}</td></tr>' -f $severity, $group.Name, $group.Count
}

$html = @"
<html><body>
<h1>Stale accounts older than $InactiveDays days</h1>
<table>$($rows -join [Environment]::NewLine)</table>
</body></html>
"@
Set-Content -Path $OutputPath -Value $html -Encoding UTF8
Write-Verbose -Message "Wrote $($accounts.Count) accounts to $OutputPath"
