BeforeAll {
    . $PSScriptRoot/v26_ConvertTo-Slug.ps1
}

Describe 'ConvertTo-Slug' {
    It 'lower-cases and dashes <Text>' -TestCases @(
        @{ Text = 'Hello World'; Expected = 'hello-world' }
        @{ Text = '  Trim Me  '; Expected = 'trim-me' }
        @{ Text = 'C# & .NET'; Expected = 'c-net' }
    ) {
        param($Text, $Expected)
        ConvertTo-Slug -Text $Text | Should -Be $Expected
    }

    It 'accepts pipeline input' {
        'A B', 'C D' | ConvertTo-Slug | Should -Be @('a-b', 'c-d')
    }

    It 'throws on empty input' {
        { ConvertTo-Slug -Text '' } | Should -Throw
    }
}
