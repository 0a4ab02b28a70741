BeforeAll {
    . $PSCommandPath.Replace('.Tests.ps1', '.ps1')
}

Describe 'Get-SensorData' {
    It 'parses every reading in the sample file' {
        $sample = Join-Path -Path $PSScriptRoot -ChildPath 'data\sample.json'
        $readings = Get-SensorData -Path $sample
        $readings | Should -HaveCount 24
    }

    It 'throws on a missing file' {
        { Get-SensorData -Path 'TestDrive:\missing.json' } | Should -Throw -ExpectedMessage '*not found*'
    }

    Context 'with a mocked clock' {
        BeforeEach {
            Mock Get-Date { [datetime]'2024-03-01T06:00:00' }
        }

        It 'stamps readings with the mocked time' {
            $file = New-Item -Path 'TestDrive:\one.json' -Value '[{"id":1,"value":20.5}]'
            (Get-SensorData -Path $file.FullName)[0].CollectedAt | Should -Be ([datetime]'2024-03-01T06:00:00')
        }
    }
}
