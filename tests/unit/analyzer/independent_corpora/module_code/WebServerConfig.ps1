Configuration WebServerBaseline {
    param(
        [Parameter(Mandatory)]
        [string[]]$NodeName,

        [string]$SiteRoot = 'D:\Sites'
    )

    Import-DscResource -ModuleName PSDesiredStateConfiguration

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

        Registry DisableTls10 {
            Ensure    = 'Present'
            Key       = 'HKLM:\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\TLS 1.0\Server'
            ValueName = 'Enabled'
            ValueType = 'Dword'
            ValueData = '0'
        }
    }
}

$outputPath = Join-Path -Path $env:TEMP -ChildPath 'WebServerBaseline'
WebServerBaseline -NodeName 'WEB01', 'WEB02' -OutputPath $outputPath
