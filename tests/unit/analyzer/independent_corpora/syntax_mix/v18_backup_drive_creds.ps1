function Connect-BackupShare {
    param(
        [string]$Server,
        [string]$UserName,
        [string]$Password
    )
    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $UserName, $secure
    New-PSDrive -Name B -PSProvider FileSystem -Root "\\$Server\backup" -Credential $cred -Scope Global
}

Connect-BackupShare -Server 'nas02' -UserName 'svc_backup' -Password 'Winter2024!'
Get-ChildItem -Path B:\ -Filter *.bak |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item -WhatIf
