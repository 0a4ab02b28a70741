BeforeAll {
    Import-Module -Name "$PSScriptRoot\..\src\Contoso.Tools.psd1" -Force
}

Describe 'Get-AppSettings' {
    Context 'when the settings file is missing' {
        BeforeEach {
            Mock -ModuleName Contoso.Tools Test-Path { $false }
        }

        It 'returns an empty object' {
            $settings = Get-AppSettings
            $settings.PSObject.Properties | Should -BeNullOrEmpty
        }
    }

    Context 'when the settings file exists' {
        BeforeEach {
            Mock -ModuleName Contoso.Tools Test-Path { $true }
            Mock -ModuleName Contoso.Tools Get-Content { '{ "Tenant": { "Id": "42" } }' }
        }

        It 'reads the tenant id' {
            (Get-AppSettings).Tenant.Id | Should -Be '42'
        }

        It 'reads the file once' {
            $null = Get-AppSettings
            Should -Invoke -CommandName Get-Content -ModuleName Contoso.Tools -Times 1 -Exactly
        }
    }
}
