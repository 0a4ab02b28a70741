<#
.SYNOPSIS
    DSC configuration for the IIS web tier baseline.

.DESCRIPTION
    Compiles one MOF per web node. Node-specific values (site name, bindings, app pool identity)
    come from the configuration data file so the same configuration serves test and production.

.EXAMPLE
    . .\WebServerBaseline.ps1
    WebServerBaseline -ConfigurationData .\WebServerBaseline.psd1 -OutputPath .\mof
#>
Configuration WebServerBaseline
{
    param(
        [Parameter(Mandatory)]
        [pscredential]$AppPoolCredential,

        [string]$ContentSource = '\\deploy01\webcontent\current'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Import-DscResource -ModuleName WebAdministrationDsc -ModuleVersion 4.1.0
    Import-DscResource -ModuleName ComputerManagementDsc -ModuleVersion 9.0.0

    Node $AllNodes.Where({ $_.Role -eq 'Web' }).NodeName
    {
        $siteRoot = Join-Path -Path 'D:\inetpub' -ChildPath $Node.SiteName

        WindowsFeature IIS
        {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }

        WindowsFeature AspNet45
        {
            Ensure    = 'Present'
            Name      = 'Web-Asp-Net45'
            DependsOn = '[WindowsFeature]IIS'
        }

        WindowsFeature ManagementTools
        {
            Ensure    = 'Present'
            Name      = 'Web-Mgmt-Tools'
            DependsOn = '[WindowsFeature]IIS'
        }

        foreach ($feature in @('Web-DAV-Publishing', 'Web-Dir-Browsing', 'Web-Ftp-Server'))
        {
            WindowsFeature "Remove$($feature -replace '-', '')"
            {
                Ensure = 'Absent'
                Name   = $feature
            }
        }

        File SiteContent
        {
            Ensure          = 'Present'
            Type            = 'Directory'
            SourcePath      = $ContentSource
            DestinationPath = $siteRoot
            Recurse         = $true
            Checksum        = 'SHA-256'
            MatchSource     = $true
            DependsOn       = '[WindowsFeature]IIS'
        }

        Registry DisableTls10Server
        {
            Ensure    = 'Present'
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
            ValueName = 'Enabled'
            ValueType = 'Dword'
            ValueData = '0'
        }

        Registry DisableTls11Server
        {
            Ensure    = 'Present'
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.1\Server'
            ValueName = 'Enabled'
            ValueType = 'Dword'
            ValueData = '0'
        }

        WebAppPool SiteAppPool
        {
            Name                  = $Node.AppPoolName
            Ensure                = 'Present'
            State                 = 'Started'
            managedRuntimeVersion = 'v4.0'
            identityType          = 'SpecificUser'
            Credential            = $AppPoolCredential
            DependsOn             = '[WindowsFeature]AspNet45'
        }

        WebSite MainSite
        {
            Ensure          = 'Present'
            Name            = $Node.SiteName
            State           = 'Started'
            PhysicalPath    = $siteRoot
            ApplicationPool = $Node.AppPoolName
            BindingInfo     = @(
                DSC_WebBindingInformation
                {
                    Protocol              = 'https'
                    Port                  = 443
                    HostName              = $Node.HostHeader
                    CertificateThumbprint = $Node.CertificateThumbprint
                    CertificateStoreName  = 'My'
                }
            )
            DependsOn       = '[File]SiteContent', '[WebAppPool]SiteAppPool'
        }

        Service W3SVC
        {
            Name        = 'W3SVC'
            StartupType = 'Automatic'
            State       = 'Running'
            DependsOn   = '[WindowsFeature]IIS'
        }

        Service WebManagement
        {
            Name        = 'WMSVC'
            StartupType = 'Manual'
            State       = 'Stopped'
            DependsOn   = '[WindowsFeature]ManagementTools'
        }

        TimeZone Utc
        {
            IsSingleInstance = 'Yes'
            TimeZone         = 'UTC'
        }

        PendingReboot AfterFeatures
        {
            Name      = 'AfterFeatures'
            DependsOn = '[WindowsFeature]IIS', '[WindowsFeature]AspNet45'
        }
    }
}
