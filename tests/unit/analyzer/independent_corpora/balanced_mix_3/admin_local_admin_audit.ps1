# Audits the local Administrators group on member servers and fixes drift.
function Connect-AuditTarget {
    param(
        [string]$ComputerName,
        [string]$UserName,
        [string]$Password
    )
    $sec = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $c = New-Object PSCredential($UserName, $sec)
    New-PSSession -ComputerName $ComputerName -Credential $c
}

$allowed = @('CORP\Domain Admins', 'CORP\Server Admins', "$env:COMPUTERNAME\Administrator")
$targets = Get-Content -Path .\servers.txt

foreach ($t in $targets) {
    $session = Connect-AuditTarget -ComputerName $t -UserName 'CORP\svc_audit' -Password $env:AUDIT_PW
    $members = Invoke-Command -Session $session -ScriptBlock {
        Get-LocalGroupMember -Group 'Administrators' | Select-Object -ExpandProperty Name
    }
    $extra = $members | Where-Object { $allowed -notcontains $_ }
    foreach ($m in $extra) {
        Write-Warning "$t : unexpected admin $m"
        Invoke-Command -Session $session -ScriptBlock { Remove-LocalGroupMember -Group 'Administrators' -Member $using:m }
    }
    Remove-PSSession $session
}
