function Update-ServiceLogon {
    [CmdletBinding()]
    param(
        [string]$ComputerName,
        [string]$ServiceName,
        [string]$Username,
        [string]$Password
    )
    $svc = Get-CimInstance -ClassName Win32_Service -ComputerName $ComputerName -Filter "Name='$ServiceName'"
    $result = $svc | Invoke-CimMethod -MethodName Change -Arguments @{ StartName = $Username; StartPassword = $Password }
    if ($result.ReturnValue -ne 0) {
        throw "Change failed on $ComputerName with code $($result.ReturnValue)"
    }
    Invoke-CimMethod -InputObject $svc -MethodName StartService | Out-Null
}

$newPassword = Read-Host -Prompt 'New password for svc_sql'
Import-Csv -Path .\sql-services.csv | ForEach-Object {
    Update-ServiceLogon -ComputerName $_.Server -ServiceName $_.Service -Username 'CORP\svc_sql' -Password $newPassword
}
