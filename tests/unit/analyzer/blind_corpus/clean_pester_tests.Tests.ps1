BeforeAll {
    . $PSScriptRoot/clean_config_module.psm1
}

Describe 'Get-AppSetting' {
    BeforeEach {
        $configPath = Join-Path -Path $TestDrive -ChildPath 'app.json'
        Set-Content -Path $configPath -Value '{ "Name": "demo", "Port": 8080 }'
    }

    It 'returns a setting by name' {
        Get-AppSetting -Name 'Port' -Path $configPath | Should -Be 8080
    }

    It 'throws for a missing file' {
        { Get-AppSetting -Name 'Port' -Path 'TestDrive:\missing.json' } | Should -Throw
    }
}
