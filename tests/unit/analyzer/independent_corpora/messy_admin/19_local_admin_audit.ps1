function Get-LocalAdmins {
    param([string]$Computer = $env:COMPUTERNAME)
    $group = [ADSI]"WinNT://$Computer/Administrators,group"
    $members = @($group.Invoke("Members"))
    foreach ($m in $members) {
        $name = $m.GetType().InvokeMember("Name", 'GetProperty', $null, $m, $null)
        $path = $m.GetType().InvokeMember("ADsPath", 'GetProperty', $null, $m, $null)
        [pscustomobject]@{ Computer = $Computer; Member = $name; Path = $path }
    }
}

$list = Get-Content "$PSScriptRoot\computers.txt"
$all = foreach ($pc in $list) {
    try { Get-LocalAdmins -Computer $pc }
    catch {
        # offline, skip
    }
}
$all | Export-Csv "$PSScriptRoot\local_admins.csv" -NoTypeInformation
