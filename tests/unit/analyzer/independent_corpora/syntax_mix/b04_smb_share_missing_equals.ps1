$share = @{
    Name                  = 'Reports$'
    Path                  = 'D:\Shares\Reports'
    FullAccess            'CONTOSO\Report Admins'
    ReadAccess            = 'CONTOSO\Domain Users'
    FolderEnumerationMode = 'AccessBased'
}

if (-not (Test-Path -Path $share.Path)) {
    New-Item -Path $share.Path -ItemType Directory | Out-Null
}
New-SmbShare @share
