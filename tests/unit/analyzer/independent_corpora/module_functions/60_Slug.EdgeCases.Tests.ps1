BeforeAll {
    . "$PSScriptRoot\..\src\ConvertTo-Slug.ps1"
}

Describe 'ConvertTo-Slug edge cases' {
    It 'returns nothing useful for whitespace' {
        $result = '   ' | ConvertTo-Slug
        ($result -eq $null -or $result -eq '') | Should -BeTrue
    }

    It 'keeps digits' {
        'Release 2024' | ConvertTo-Slug | Should -Be 'release-2024'
    }

    It 'handles many inputs' {
        $names = 1..50 | % { "Item $_" }
        $slugs = $names | ConvertTo-Slug
        $expected = 'item-1'
        $slugs.Count | Should -Be 50
        $slugs[0] | Should -Be 'item-1'
    }
}
