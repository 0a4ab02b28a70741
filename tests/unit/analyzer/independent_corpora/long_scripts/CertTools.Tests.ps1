#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' }

BeforeAll {
    $modulePath = Join-Path -Path $PSScriptRoot -ChildPath '..\src\CertTools.psm1'
    Import-Module -Name $modulePath -Force

    $testCertPath = Join-Path -Path $TestDrive -ChildPath 'test.pfx'
    $fixtures = Join-Path -Path $PSScriptRoot -ChildPath 'fixtures'
}

AfterAll {
    Remove-Module -Name CertTools -Force -ErrorAction SilentlyContinue
}

Describe 'Get-CertificateExpiry' {
    BeforeAll {
        $now = [datetime]'2024-06-01T00:00:00Z'
        Mock -ModuleName CertTools -CommandName Get-Date -MockWith { [datetime]'2024-06-01T00:00:00Z' }
    }

    Context 'when the certificate store holds a mix of certificates' {
        BeforeEach {
            Mock -ModuleName CertTools -CommandName Get-ChildItem -MockWith {
                @(
                    [pscustomobject]@{ Subject = 'CN=web01'; Thumbprint = 'AAA'; NotAfter = [datetime]'2024-06-10' }
                    [pscustomobject]@{ Subject = 'CN=web02'; Thumbprint = 'BBB'; NotAfter = [datetime]'2024-09-01' }
                    [pscustomobject]@{ Subject = 'CN=old'; Thumbprint = 'CCC'; NotAfter = [datetime]'2024-05-01' }
                )
            }
        }

        It 'returns every certificate with days remaining' {
            $result = Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My'
            $result | Should -HaveCount 3
            ($result | Where-Object Thumbprint -EQ 'AAA').DaysRemaining | Should -Be 9
        }

        It 'flags certificates inside the warning window' {
            $result = Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My' -WarningDays 30
            $flagged = $result | Where-Object -Property Status -EQ -Value 'Warning'
            $flagged.Subject | Should -Be 'CN=web01'
        }

        It 'marks expired certificates' {
            $expired = Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My' | Where-Object -Property Status -EQ -Value 'Expired'
            $expired.Thumbprint | Should -Be 'CCC'
        }
    }

    Context 'when the store is empty' {
        BeforeEach {
            Mock -ModuleName CertTools -CommandName Get-ChildItem -MockWith { @() }
        }

        It 'returns nothing and does not throw' {
            { Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My' } | Should -Not -Throw
            Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My' | Should -BeNullOrEmpty
        }
    }

    Context 'parameter validation' {
        It 'rejects a negative warning window' {
            { Get-CertificateExpiry -StorePath 'Cert:\LocalMachine\My' -WarningDays -1 } | Should -Throw
        }

        It 'rejects a path outside the certificate provider' -TestCases @(
            @{ Path = 'C:\Windows' }
            @{ Path = 'HKLM:\SOFTWARE' }
        ) {
            param($Path)
            { Get-CertificateExpiry -StorePath $Path } | Should -Throw -ExpectedMessage '*Cert:*'
        }
    }
}

Describe 'Export-CertificateReport' {
    BeforeAll {
        $reportPath = Join-Path -Path $TestDrive -ChildPath 'report.csv'
        Mock -ModuleName CertTools -CommandName Get-CertificateExpiry -MockWith {
            [pscustomobject]@{ Subject = 'CN=web01'; Thumbprint = 'AAA'; NotAfter = [datetime]'2024-06-10'; DaysRemaining = 9; Status = 'Warning' }
        }
        Export-CertificateReport -StorePath 'Cert:\LocalMachine\My' -Path $reportPath
    }

    It 'writes a CSV file' {
        $reportPath | Should -Exist
    }

    It 'writes one row per certificate' {
        $rows = Import-Csv -Path $reportPath
        $rows | Should -HaveCount 1
        $rows[0].Status | Should -Be 'Warning'
    }

    It 'supports -WhatIf without writing' {
        $other = Join-Path -Path $TestDrive -ChildPath 'whatif.csv'
        Export-CertificateReport -StorePath 'Cert:\LocalMachine\My' -Path $other -WhatIf
        $other | Should -Not -Exist
    }

    It 'calls Get-CertificateExpiry once per export' {
        Should -Invoke -ModuleName CertTools -CommandName Get-CertificateExpiry -Times 1 -Exactly -Scope Describe
    }
}

Describe 'Module surface' {
    It 'exports the expected commands' {
        $commands = (Get-Command -Module CertTools).Name | Sort-Object
        $commands | Should -Be @('Export-CertificateReport', 'Get-CertificateExpiry')
    }

    It 'has help for <_>' -ForEach @('Export-CertificateReport', 'Get-CertificateExpiry') {
        $help = Get-Help -Name $_ -Full
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Examples | Should -Not -BeNullOrEmpty
    }
}
