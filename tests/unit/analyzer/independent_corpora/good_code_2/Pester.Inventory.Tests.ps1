#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' }

BeforeAll {
    $modulePath = Join-Path -Path $PSScriptRoot -ChildPath '..\src\Inventory.psm1'
    Import-Module -Name $modulePath -Force
}

AfterAll {
    Remove-Module -Name Inventory -ErrorAction SilentlyContinue
}

Describe 'ConvertTo-InventoryRecord' {
    It 'maps the host name and trims whitespace' {
        $record = ConvertTo-InventoryRecord -Name '  web01  ' -Role 'Web'
        $record.Name | Should -Be 'web01'
        $record.Role | Should -Be 'Web'
    }

    It 'rejects an empty name' {
        { ConvertTo-InventoryRecord -Name '' -Role 'Web' } | Should -Throw
    }

    Context 'when reading from a CSV file' {
        BeforeEach {
            Set-Content -Path (Join-Path -Path $TestDrive -ChildPath 'hosts.csv') -Value @(
                'Name,Role'
                'db01,Database'
                'web02,Web'
            )
        }

        It 'returns one record per row' {
            $records = Import-Csv -Path (Join-Path -Path $TestDrive -ChildPath 'hosts.csv') |
                ConvertTo-InventoryRecord
            $records | Should -HaveCount 2
            $records[0].Role | Should -Be 'Database'
        }
    }

    It 'calls the CMDB only once for a batch' {
        Mock -CommandName Invoke-RestMethod -ModuleName Inventory -MockWith { @{ ok = $true } }
        'a', 'b', 'c' | ForEach-Object { [pscustomobject]@{ Name = $_; Role = 'Web' } } |
            Send-InventoryBatch -Endpoint 'https://cmdb.example.test/api/hosts'
        Should -Invoke -CommandName Invoke-RestMethod -ModuleName Inventory -Times 1 -Exactly
    }
}
