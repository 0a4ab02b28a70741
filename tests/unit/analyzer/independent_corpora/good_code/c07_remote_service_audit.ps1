<#
.SYNOPSIS
    Collects the state of required services from a list of servers over WinRM.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string[]]$ComputerName,

    [System.Management.Automation.PSCredential]
    [System.Management.Automation.Credential()]
    $Credential = [System.Management.Automation.PSCredential]::Empty,

    [string[]]$ServiceName = @('W32Time', 'WinRM', 'EventLog')
)

Write-Verbose -Message "Checking $($ServiceName.Count) services on $($ComputerName.Count) servers"

$invokeParams = @{
    ComputerName  = $ComputerName
    ErrorAction   = 'Continue'
    ErrorVariable = 'remoteErrors'
    ScriptBlock   = {
        $names = $using:ServiceName
        Get-Service -Name $names -ErrorAction SilentlyContinue |
            Select-Object -Property Name, Status, StartType
    }
}
if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) {
    $invokeParams.Credential = $Credential
}

$results = Invoke-Command @invokeParams
foreach ($failure in $remoteErrors) {
    Write-Warning -Message "$($failure.TargetObject): $($failure.Exception.Message)"
}

$results |
    Sort-Object -Property PSComputerName, Name |
    Select-Object -Property PSComputerName, Name, Status, StartType
