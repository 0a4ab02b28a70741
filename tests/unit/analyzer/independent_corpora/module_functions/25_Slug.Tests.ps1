BeforeAll {
    $script:ModulePath = Join-Path -Path $PSScriptRoot -ChildPath '..\src\Contoso.Tools.psd1'
    Import-Module -Name $script:ModulePath -Force
}

AfterAll {
    Remove-Module -Name Contoso.Tools -ErrorAction SilentlyContinue
}

Describe 'ConvertTo-Slug' {
    It 'turns <Text> into <Expected>' -TestCases @(
        @{ Text = 'Order Service'; Expected = 'order-service' }
        @{ Text = '  Billing API  '; Expected = 'billing-api' }
        @{ Text = 'v2.1 release'; Expected = 'v2-1-release' }
    ) {
        param($Text, $Expected)
        ConvertTo-Slug -Text $Text | Should -Be $Expected
    }

    It 'accepts pipeline input' {
        'A B', 'C D' | ConvertTo-Slug | Should -Be @('a-b', 'c-d')
    }

    Context 'when the input is empty' {
        It 'throws a parameter binding error' {
            { ConvertTo-Slug -Text '' } | Should -Throw
        }
    }
}
