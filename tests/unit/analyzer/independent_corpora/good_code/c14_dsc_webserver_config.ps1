Configuration ContosoWebServer {
    param(
        [Parameter(Mandatory = $true)]
        [string[]]$NodeName,

        [string]$SiteRoot = 'C:\inetpub\contoso'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Write-Verbose -Message "Site content will live in $SiteRoot"

    Node $NodeName {
        WindowsFeature IIS {
            Ensure = 'Present'
            Name   = 'Web-Server'
        }

        WindowsFeature AspNet45 {
            Ensure    = 'Present'
            Name      = 'Web-Asp-Net45'
            DependsOn = '[WindowsFeature]IIS'
        }

        File SiteRoot {
            Ensure          = 'Present'
            Type            = 'Directory'
            DestinationPath = $SiteRoot
            DependsOn       = '[WindowsFeature]IIS'
        }

        Registry DisableTls10 {
            Ensure    = 'Present'
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
            ValueName = 'Enabled'
            ValueType = 'Dword'
            ValueData = '0'
        }

        Service W3Svc {
            Name        = 'W3SVC'
            State       = 'Running'
            StartupType = 'Automatic'
            DependsOn   = '[WindowsFeature]IIS'
        }
    }
}

ContosoWebServer -NodeName 'localhost' -OutputPath (Join-Path -Path $PSScriptRoot -ChildPath 'mof')
