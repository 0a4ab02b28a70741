# Rotates the local admin password on the servers listed in the CSV (Name,Password)
function Reset-LocalAdminPassword {
    param(
        [string]$ComputerName,
        [string]$UserName = 'Administrator',
        [string]$NewPassword
    )
    $sec = ConvertTo-SecureString $NewPassword -AsPlainText -Force
    Invoke-Command -ComputerName $ComputerName -ArgumentList $UserName, $sec -ScriptBlock {
        param($Name, $Secret)
        Set-LocalUser -Name $Name -Password $Secret
    }
}

$list = Import-Csv -Path C:\Temp\servers.csv
foreach ($row in $list) {
    Reset-LocalAdminPassword -ComputerName $row.Name -NewPassword $row.Password
    "{0} done" -f $row.Name
}
