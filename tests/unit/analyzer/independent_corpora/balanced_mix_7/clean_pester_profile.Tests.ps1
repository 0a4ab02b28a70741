BeforeAll {
    . (Join-Path -Path $PSScriptRoot -ChildPath 'ConvertTo-UserName.ps1')
}

Describe 'ConvertTo-UserName' {
    It 'joins first and last name with a dot' {
        ConvertTo-UserName -GivenName 'Ada' -Surname 'Lovelace' | Should -Be 'ada.lovelace'
    }

    It 'strips spaces from double surnames' {
        ConvertTo-UserName -GivenName 'Juan' -Surname 'de la Cruz' | Should -Be 'juan.delacruz'
    }

    It 'throws on an empty surname' {
        { ConvertTo-UserName -GivenName 'Ada' -Surname '' } | Should -Throw
    }
}
