# Helper functions dot-sourced by the HR onboarding runbook.

function New-HomeFolder {
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipelineByPropertyName)]
        [string]$SamAccountName,

        [string]$Root = '\\fs01\home$'
    )

    $path = Join-Path -Path $Root -ChildPath $SamAccountName
    if ($PSCmdlet.ShouldProcess($path, 'Create home folder')) {
        $null = New-Item -Path $path -ItemType Directory -Force
        $acl = Get-Acl -Path $path
        $rule = New-Object System.Security.AccessControl.FileSystemAccessRule(
            "CONTOSO\$SamAccountName", 'Modify', 'ContainerInherit,ObjectInherit', 'None', 'Allow')
        $acl.AddAccessRule($rule)
        Set-Acl -Path $path -AclObject $acl
    }
}

function Set-UserPhoto {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory)]
        [string]$Identity,

        [Parameter(Mandatory)]
        [string]$PhotoPath
    )
    $bytes = [System.IO.File]::ReadAllBytes($PhotoPath)
    $entry = [adsi]"LDAP://$Identity"
    $entry.Put('thumbnailPhoto', $bytes)
    $entry.SetInfo()
}

function Send-WelcomeMail {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [string]$To,
        [string]$Manager,
        $Verbose
    )
    if ($PSCmdlet.ShouldProcess($To, 'Send welcome mail')) {
        Send-MailMessage -To $To -Cc $Manager -From 'hr@contoso.com' -Subject 'Welcome to Contoso' -SmtpServer 'smtp.contoso.com'
    }
}

function Test-AccountReady {
    param(
        [Parameter(ValueFromPipeline = $true)]
        [string]$SamAccountName
    )
    $user = Get-ADUser -Identity $SamAccountName -Properties HomeDirectory
    [bool]$user.HomeDirectory
}
