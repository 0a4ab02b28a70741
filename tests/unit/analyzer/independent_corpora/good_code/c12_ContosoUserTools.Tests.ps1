BeforeAll {
    $script:modulePath = Join-Path -Path $PSScriptRoot -ChildPath 'ContosoUserTools.psm1'
    Import-Module -Name $script:modulePath -Force
}

Describe 'Get-StaleAccount' {
    BeforeAll {
        Mock -ModuleName ContosoUserTools -CommandName Get-ADUser -MockWith {
            [pscustomobject]@{ SamAccountName = 'jdoe'; LastLogonDate = (Get-Date).AddDays(-200) }
        }
    }

    It 'passes the search base through to Get-ADUser' {
        Get-StaleAccount -SearchBase 'OU=Staff,DC=contoso,DC=com' | Should -Not -BeNullOrEmpty
        Should -Invoke -ModuleName ContosoUserTools -CommandName Get-ADUser -Times 1 -Exactly -ParameterFilter {
            $SearchBase -eq 'OU=Staff,DC=contoso,DC=com'
        }
    }

    It 'rejects a threshold below 30 days' {
        { Get-StaleAccount -DaysInactive 5 -SearchBase 'OU=Staff,DC=contoso,DC=com' } | Should -Throw
    }
}

Describe 'Disable-StaleAccount' {
    BeforeAll {
        Mock -ModuleName ContosoUserTools -CommandName Set-ADUser
    }

    It 'does nothing with -WhatIf' {
        $user = [pscustomobject]@{ SamAccountName = 'jdoe' }
        Disable-StaleAccount -Identity $user -WhatIf
        Should -Invoke -ModuleName ContosoUserTools -CommandName Set-ADUser -Times 0 -Exactly
    }
}

AfterAll {
    Remove-Module -Name ContosoUserTools -ErrorAction SilentlyContinue
}
