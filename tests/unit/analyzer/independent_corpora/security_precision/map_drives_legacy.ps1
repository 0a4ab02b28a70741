# Logon script for the warehouse PCs (they are not domain joined)
function Connect-WarehouseShare {
    param(
        [string]$DriveLetter = 'W',
        [string]$UserName = 'WH\scanner',
        $Password = 'Scan4Pallets!'
    )

    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $shareCred = New-Object System.Management.Automation.PSCredential -ArgumentList $UserName, $secure
    New-PSDrive -Name $DriveLetter -PSProvider FileSystem -Root '\\wh-fs01\scans' -Credential $shareCred -Persist -Scope Global | Out-Null
}

Connect-WarehouseShare

# the label printer share still needs the old way
net use L: \\wh-fs01\labels /user:WH\labelprint Lab3lPr1nt /persistent:no

# push the label template to the printer station
.\PsExec.exe \\wh-print02 -u WH\labelprint -p Lab3lPr1nt -accepteula cmd /c copy L:\templates\*.zpl C:\zebra\
