Describe 'Deployment configuration' {
    BeforeAll {
        $configFile = Join-Path -Path $PSScriptRoot -ChildPath '..\config\deploy.json'
        $config = Get-Content -Path $configFile -Raw | ConvertFrom-Json
    }

    Context 'Environments' {
        It 'defines <_>' -ForEach @('dev', 'test', 'prod') {
            $config.environments.$_ | Should -Not -BeNullOrEmpty
        }

        It 'uses https endpoints only' {
            foreach ($envName in $config.environments.PSObject.Properties.Name) {
                $config.environments.$envName.url | Should -Match '^https://'
            }
        }
    }

    Context 'Secrets' {
        It 'keeps no password in the file' {
            $raw = Get-Content -Path $configFile -Raw
            $raw | Should -Not -Match '(?i)"password"\s*:'
        }

        It 'has a key vault name when secrets are used' {
            if ($config.useKeyVault -eq $true) {
                $config.keyVaultName | Should -Not -BeNullOrEmpty
            }
            $unused = 'placeholder'
        }
    }
}
