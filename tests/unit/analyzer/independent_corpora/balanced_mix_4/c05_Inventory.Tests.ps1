Describe 'Certificate expiry script' {
    It 'returns nothing for a store that does not exist' {
        $result = & (Join-Path -Path $PSScriptRoot -ChildPath 'c03_cert_expiry_local.ps1') -Store 'NoSuchStore'
        $result | Should -BeNullOrEmpty
    }

    It 'rejects a negative window' {
        { & (Join-Path -Path $PSScriptRoot -ChildPath 'c03_cert_expiry_local.ps1') -Days -5 } | Should -Throw
    }

    It 'sorts by expiry date' -Skip:(-not (Test-Path -Path 'Cert:\LocalMachine\My')) {
        $items = & (Join-Path -Path $PSScriptRoot -ChildPath 'c03_cert_expiry_local.ps1') -Days 3650 -Store 'My'
        $sorted = $items | Sort-Object -Property NotAfter
        ($items | Select-Object -ExpandProperty Thumbprint) | Should -Be ($sorted | Select-Object -ExpandProperty Thumbprint)
    }
}
