function Get-EnvironmentSetting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [ValidateNotNullOrEmpty()]
        [string]$Stage
    )

    switch ($Stage) {
        'dev' {
            @{ ApiUrl = 'https://api.dev.example.com'; Replicas = 1 }
        }
        'test' {
            @{ ApiUrl = 'https://api.test.example.com'; Replicas = 2 }
        }
        default {
            @{ ApiUrl = 'https://api.example.com'; Replicas = 4 }
        }
        'prod' {
            @{ ApiUrl = 'https://api.example.com'; Replicas = 6 }
        }
        default {
            throw "Unknown stage '$Stage'"
        }
    }
}
