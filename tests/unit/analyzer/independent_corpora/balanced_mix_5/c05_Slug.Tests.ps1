BeforeAll {
    . $PSCommandPath.Replace('.Tests.ps1', '.ps1')
}

Describe 'ConvertTo-Slug' {
    It 'lower-cases and joins words with dashes' {
        ConvertTo-Slug -Text 'Hello World' | Should -Be 'hello-world'
    }
    It 'drops characters that are not letters or digits' {
        ConvertTo-Slug -Text 'Q3 report (final)!' | Should -Be 'q3-report-final'
    }
    It 'returns an empty string for whitespace' {
        $result = ConvertTo-Slug -Text '   '
        $result | Should -BeNullOrEmpty
    }
}
