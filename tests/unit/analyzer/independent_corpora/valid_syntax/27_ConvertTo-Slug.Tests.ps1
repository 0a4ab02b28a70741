#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.3.0' }

BeforeAll {
    . (Join-Path -Path $PSScriptRoot -ChildPath 'ConvertTo-Slug.ps1')
}

Describe 'ConvertTo-Slug' -Tag 'Unit' {
    Context 'plain ASCII input' {
        It 'turns "<Text>" into "<Expected>"' -TestCases @(
            @{ Text = 'Hello World'; Expected = 'hello-world' }
            @{ Text = '  Trim me  '; Expected = 'trim-me' }
            @{ Text = 'a--b__c'; Expected = 'a-b-c' }
        ) {
            param($Text, $Expected)
            ConvertTo-Slug -Text $Text | Should -BeExactly $Expected
        }
    }

    Context 'edge cases' {
        It 'returns an empty string for whitespace' {
            ConvertTo-Slug -Text '   ' | Should -Be ''
        }

        It 'throws on $null' {
            { ConvertTo-Slug -Text $null } | Should -Throw -ExceptionType ([System.Management.Automation.ParameterBindingException])
        }

        It 'accepts pipeline input' {
            'One', 'Two' | ConvertTo-Slug | Should -Be @('one', 'two')
        }

        It 'honours -MaxLength:<Length>' -ForEach @(
            @{ Length = 3 }
            @{ Length = 10 }
        ) {
            (ConvertTo-Slug -Text 'abcdefghijklmnop' -MaxLength:$Length).Length | Should -BeLessOrEqual $Length
        }
    }
}
