Configuration WebServerBaseline {
    param(
        [Parameter(Mandatory)]
        [string[]]$NodeName,

        [string]$SiteRoot = 'C:\inetpub\contoso'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Write-Verbose -Message "Compiling baseline with site root $SiteRoot"

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
        }

        File DefaultPage {
            Ensure          = 'Present'
            DestinationPath = Join-Path -Path $SiteRoot -ChildPath 'index.html'
            Contents        = '<html><body>Contoso</body></html>'
            DependsOn       = '[File]SiteRoot'
        }

        Service W3Svc {
            Name        = 'W3SVC'
            StartupType = 'Automatic'
            State       = 'Running'
            DependsOn   = '[WindowsFeature]IIS'
        }

        Registry DisableServerHeader {
            Ensure    = 'Present'
            Key       = 'HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\HTTP\Parameters'
            ValueName = 'DisableServerHeader'
            ValueData = '1'
            ValueType = 'Dword'
        }
    }
}

WebServerBaseline -NodeName 'web01', 'web02' -OutputPath (Join-Path -Path $PSScriptRoot -ChildPath 'mof')
