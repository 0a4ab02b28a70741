function New-LocalServiceAccount {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$UserName,

        [Parameter(Mandatory)]
        [string]$Password,

        [string]$Group = 'Users'
    )

    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    New-LocalUser -Name $UserName -Password $secure -PasswordNeverExpires -UserMayNotChangePassword
    Add-LocalGroupMember -Group $Group -Member $UserName
}

function Remove-StaleLocalUsers {
    param([int]$InactiveDays = 90)

    $cutoff = (Get-Date).AddDays(-$InactiveDays)
    Get-LocalUser | Where-Object { $_.Enabled -and $_.LastLogon -and $_.LastLogon -lt $cutoff } |
        ForEach-Object {
            Write-Warning "Removing $($_.Name), last logon $($_.LastLogon)"
            Remove-LocalUser -Name $_.Name
        }
}

New-LocalServiceAccount -UserName 'svc_backup' -Password 'Backup#2024!' -Group 'Backup Operators'
Remove-StaleLocalUsers -InactiveDays 120
