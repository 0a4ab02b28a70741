<#
.SYNOPSIS
    Copies a release package to an application server and unpacks it over a PowerShell session.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [string]$ComputerName,

    [Parameter(Mandatory = $true)]
    [ValidateScript({ Test-Path -Path $_ -PathType Leaf })]
    [string]$PackagePath,

    [Parameter(Mandatory = $true)]
    [System.Management.Automation.PSCredential]
    $Credential,

    [string]$RemoteRoot = 'D:\Releases'
)

$releaseName = [System.IO.Path]::GetFileNameWithoutExtension($PackagePath)
Write-Verbose -Message "Deploying $releaseName to $ComputerName"
$session = New-PSSession -ComputerName $ComputerName -Credential $Credential -ErrorAction Stop
try {
    Invoke-Command -Session $session -ScriptBlock {
        New-Item -Path $using:RemoteRoot -ItemType Directory -Force | Out-Null
    }
    Copy-Item -Path $PackagePath -Destination $RemoteRoot -ToSession $session

    $remoteResult = Invoke-Command -Session $session -ScriptBlock {
        $zip = Join-Path -Path $using:RemoteRoot -ChildPath ($using:releaseName + '.zip')
        $target = Join-Path -Path $using:RemoteRoot -ChildPath $using:releaseName
        Expand-Archive -Path $zip -DestinationPath $target -Force
        Get-ChildItem -Path $target -Recurse -File | Measure-Object -Property Length -Sum
    }

    Write-Information -MessageData ("Deployed {0} files ({1:N0} bytes) to {2}" -f $remoteResult.Count, $remoteResult.Sum, $ComputerName) -InformationAction Continue
}
finally {
    Remove-PSSession -Session $session
}
