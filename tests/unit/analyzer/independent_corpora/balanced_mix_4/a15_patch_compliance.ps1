# Patch compliance check across the RDS farm
$rdsHosts = Get-Content -Path .\rds_hosts.txt
$kb = 'KB5034441'
$session = New-PSSession -ComputerName $rdsHosts
$report = Invoke-Command -Session $session -ScriptBlock {
    $hotfix = Get-HotFix -Id $kb -ErrorAction SilentlyContinue
    [pscustomobject]@{
        Computer  = $env:COMPUTERNAME
        Installed = [bool]$hotfix
        LastBoot  = (Get-CimInstance -ClassName Win32_OperatingSystem).LastBootUpTime
    }
}
Remove-PSSession $session
$missing = $report | Where-Object { -not $_.Installed }
$missing | ft Computer, LastBoot -AutoSize
if ($missing.Count -gt 0) { exit 1 }
