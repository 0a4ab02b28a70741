<#
.SYNOPSIS
    Deploys a build of the OrderPortal web application to one or more IIS servers.
.DESCRIPTION
    Copies the build package, swaps the site's physical path and recycles the app pool.
    Use -Rollback to point the site back at the previous release folder.
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Deploy')]
param(
    [Parameter(Mandatory, ParameterSetName = 'Deploy')]
    [ValidateScript({ Test-Path $_ })]
    [string]$PackagePath,

    [Parameter(Mandatory, ParameterSetName = 'Rollback')]
    [switch]$Rollback,

    [ValidateNotNullOrEmpty()]
    [string[]]$Servers = @('web01', 'web02'),

    [string]$SiteName = 'OrderPortal',

    [string]$ReleaseRoot = 'D:\Releases\OrderPortal',

    [string]$DeployUser = 'CORP\svc-deploy',

    [string]$DeployPassword,

    [int]$KeepReleases = 5
)

$ErrorActionPreference = 'Stop'
$stamp = Get-Date -Format 'yyyyMMdd_HHmm'

if ($DeployPassword) {
    $cred = New-Object PSCredential($DeployUser, (ConvertTo-SecureString $DeployPassword -AsPlainText -Force))
}
else {
    $cred = Get-Credential -Message "Deployment account for $SiteName" -UserName $DeployUser
}

function Get-ReleaseFolders {
    param([System.Management.Automation.Runspaces.PSSession]$Session)
    Invoke-Command -Session $Session -ScriptBlock {
        param($root)
        Get-ChildItem -Path $root -Directory | Sort-Object Name -Descending
    } -ArgumentList $ReleaseRoot
}

function Copy-Package {
    param($Session, $Destination)
    Write-Verbose "Copying $PackagePath to $Destination on $($Session.ComputerName)"
    Copy-Item -Path $PackagePath -Destination $Destination -ToSession $Session -Recurse -Force
}

function Switch-SitePath {
    param($Session, $NewPath)
    Invoke-Command -Session $Session -ScriptBlock {
        Import-Module WebAdministration
        $pool = (Get-Item "IIS:\Sites\$using:SiteName").applicationPool
        Set-ItemProperty "IIS:\Sites\$using:SiteName" -Name physicalPath -Value $using:NewPath
        Restart-WebAppPool -Name $pool
    }
}

function Remove-OldReleases {
    param($Session, [int]$Keep)
    $old = Get-ReleaseFolders -Session $Session | Select-Object -Skip $Keep
    foreach ($dir in $old) {
        Invoke-Command -Session $Session -ScriptBlock { Remove-Item -Path $args[0] -Recurse -Force } -ArgumentList $dir.FullName
    }
}

$results = foreach ($server in $Servers) {
    $session = New-PSSession -ComputerName $server -Credential $cred
    try {
        if ($PSCmdlet.ParameterSetName -eq 'Rollback') {
            $releases = Get-ReleaseFolders -Session $session
            if ($releases.Count -lt 2) {
                Write-Warning "$server has no previous release to roll back to"
                continue
            }
            $target = $releases[1].FullName
            if ($PSCmdlet.ShouldProcess($server, "Roll back $SiteName to $target")) {
                Switch-SitePath -Session $session -NewPath $target
            }
        }
        else {
            $target = Join-Path $ReleaseRoot $stamp
            if ($PSCmdlet.ShouldProcess($server, "Deploy $PackagePath to $target")) {
                Invoke-Command -Session $session -ScriptBlock { New-Item -ItemType Directory -Path $using:target -Force | Out-Null }
                Copy-Package -Session $session -Destination $target
                Switch-SitePath -Session $session -NewPath $target
                Remove-OldReleases -Session $session -Keep $KeepReleases
            }
        }

        $health = Invoke-WebRequest -Uri "https://$server/health" -UseBasicParsing -TimeoutSec 30
        [pscustomobject]@{
            Server = $server
            Target = $target
            Status = $health.StatusCode
        }
    }
    catch {
        Write-Error "Deployment to $server failed: $_"
        [pscustomobject]@{ Server = $server; Target = $target; Status = 'Failed' }
    }
    finally {
        Remove-PSSession -Session $session
    }
}

$results | Format-Table -AutoSize
if ($results.Status -contains 'Failed') {
    exit 2
}
