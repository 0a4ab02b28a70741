param([string]$Server = $env:COMPUTERNAME)
$svc = 'Spooler'
try {
    $s = Get-Service -Name $svc
    if ($s.Status -ne 'Running') {
        Start-Service -InputObject $s
    }
}
Write-Output "$svc on $Server checked"
