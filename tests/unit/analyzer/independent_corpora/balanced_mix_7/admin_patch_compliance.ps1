param(
    [Parameter(Mandatory = $true)]
    [string]$ServerList,
    [string]$Username,
    [string]$Password
)

$sec = ConvertTo-SecureString $Password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($Username, $sec)

$servers = Get-Content -Path $ServerList
$report = foreach ($server in $servers) {
    $hotfixes = Get-HotFix -ComputerName $server -Credential $cred -ErrorAction SilentlyContinue
    $latest = $hotfixes | Sort-Object InstalledOn -Descending | Select-Object -First 1
    [pscustomobject]@{
        Server     = $server
        LastPatch  = $latest.HotFixID
        Installed  = $latest.InstalledOn
        DaysSince  = if ($latest.InstalledOn) { ((Get-Date) - $latest.InstalledOn).Days } else { $null }
    }
}
$report | Sort-Object DaysSince -Descending | Format-Table -AutoSize
