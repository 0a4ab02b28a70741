BeforeAll {
    . $PSScriptRoot/../src/Get-DiskReport.ps1
    $threshold = 15
}

Describe 'Get-DiskReport' {
    BeforeEach {
        Mock Get-CimInstance {
            [pscustomobject]@{ DeviceID = 'C:'; Size = 100GB; FreeSpace = 10GB }
            [pscustomobject]@{ DeviceID = 'D:'; Size = 200GB; FreeSpace = 150GB }
        }
    }

    It 'returns only drives below the threshold' {
        $result = Get-DiskReport -MinimumFreePercent $threshold
        $result.Drive | Should -Be 'C:'
    }

    It 'returns every drive by default' {
        $result = Get-DiskReport
        $result | Should -HaveCount 2
    }

    It 'queries CIM once per call' {
        $null = Get-DiskReport
        Should -Invoke Get-CimInstance -Times 1 -Exactly
    }
}
