function Connect-Lab {
    [CmdletBinding()]
    param(
        [string]$Server,
        [string]$UserName,
        [string]$Password,
        [string]$Credential
    )
    $secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
    $cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $UserName, $secure
    Connect-VIServer -Server $Server -Credential $cred
}

New-Alias -Name cl -Value Connect-Lab -Scope Global
function global:Disconnect-Lab {
    Disconnect-VIServer -Confirm:$false
}
