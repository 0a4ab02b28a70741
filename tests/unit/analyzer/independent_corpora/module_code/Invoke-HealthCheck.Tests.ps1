BeforeDiscovery {
    $endpoints = @(
        @{ Name = 'api'; Url = 'https://api.contoso.com/health' }
        @{ Name = 'web'; Url = 'https://www.contoso.com/health' }
    )
}

Describe 'Health endpoint <Name>' -ForEach $endpoints {
    BeforeAll {
        $response = Invoke-WebRequest -Uri $Url -UseBasicParsing -TimeoutSec 10
    }

    It 'returns 200' {
        $response.StatusCode | Should -Be 200
    }

    It 'reports healthy' {
        ($response.Content | ConvertFrom-Json).status | Should -Be 'healthy'
    }
}
