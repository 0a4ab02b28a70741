<#
.SYNOPSIS
    Pushes server facts to the old CMDB, which only speaks Basic auth over HTTP on the internal VLAN.
#>
function Send-CmdbRecord {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [hashtable]$Record,

        [Parameter(Mandatory)]
        [string]$Credential
    )

    $user, $pass = $Credential -split ':', 2
    $secure = ConvertTo-SecureString -String $pass -AsPlainText -Force
    $psCred = [pscredential]::new($user, $secure)

    Invoke-RestMethod -Uri 'http://cmdb.corp.local/api/ci' -Method Post -Body ($Record | ConvertTo-Json) `
        -ContentType 'application/json' -Credential $psCred -Authentication Basic -AllowUnencryptedAuthentication
}

$os = Get-CimInstance -ClassName Win32_OperatingSystem
$facts = @{
    name      = $env:COMPUTERNAME
    os        = $os.Caption
    build     = $os.BuildNumber
    lastBoot  = $os.LastBootUpTime.ToString('o')
}
Send-CmdbRecord -Record $facts -Credential $env:CMDB_BASIC_AUTH
Invoke-WebRequest -Uri 'http://cmdb.corp.local/api/health' -Credential (Import-Clixml -Path "$HOME\cmdb.xml") -AllowUnencryptedAuthentication -UseBasicParsing |
    Select-Object -ExpandProperty StatusCode
