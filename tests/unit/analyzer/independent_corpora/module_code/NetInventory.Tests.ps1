#Requires -Modules Pester

BeforeAll {
    $modulePath = Join-Path -Path $PSScriptRoot -ChildPath 'NetInventory.psm1'
    Import-Module $modulePath -Force
    $expectedMask = '255.255.255.0'
}

Describe 'ConvertTo-SubnetMask' {
    It 'converts a /24 prefix' {
        InModuleScope NetInventory {
            ConvertTo-SubnetMask -PrefixLength 24 | Should -Be '255.255.255.0'
        }
    }

    It 'converts a /0 prefix' {
        InModuleScope NetInventory {
            ConvertTo-SubnetMask -PrefixLength 0 | Should -Be '0.0.0.0'
        }
    }
}

Describe 'Get-NetAdapterReport' {
    BeforeEach {
        Mock -ModuleName NetInventory Get-NetAdapter {
            [pscustomobject]@{ Name = 'Ethernet0'; Status = 'Up'; ifIndex = 4 }
        }
        Mock -ModuleName NetInventory Get-NetIPAddress {
            [pscustomobject]@{ IPAddress = '10.0.0.5'; PrefixLength = 24 }
        }
    }

    It 'returns one row per adapter' {
        $rows = @(Get-NetAdapterReport)
        $rows.Count | Should -Be 1
        $rows[0].Mask | Should -Be $expectedMask
    }

    It 'does not throw for an unknown adapter' {
        $result = { Get-NetAdapterReport -Name 'nope*' }
        $result | Should -Not -Throw
    }
}

AfterAll {
    Remove-Module NetInventory -ErrorAction SilentlyContinue
}
