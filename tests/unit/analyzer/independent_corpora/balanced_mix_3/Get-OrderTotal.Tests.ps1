#Requires -Modules Pester
BeforeAll {
    . $PSCommandPath.Replace('.Tests.ps1', '.ps1')
}

Describe 'Get-OrderTotal' {
    Context 'with valid lines' {
        It 'sums quantity times price' {
            $lines = @(
                [pscustomobject]@{ Quantity = 2; Price = 10 }
                [pscustomobject]@{ Quantity = 1; Price = 5.5 }
            )
            Get-OrderTotal -Line $lines | Should -Be 25.5
        }

        It 'returns zero for an empty order' {
            Get-OrderTotal -Line @() | Should -Be 0
        }
    }

    Context 'with invalid lines' {
        It 'throws on a negative quantity' {
            $bad = [pscustomobject]@{ Quantity = -1; Price = 3 }
            { Get-OrderTotal -Line $bad } | Should -Throw -ExpectedMessage '*negative*'
        }
    }
}
