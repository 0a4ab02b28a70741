using namespace System.Collections.Generic

class ServiceEndpoint {
    [string]$Name
    [uri]$BaseUri
    [int]$TimeoutSeconds = 30
    [hashtable]$Headers = @{}

    ServiceEndpoint([string]$name, [uri]$baseUri) {
        $this.Name = $name
        $this.BaseUri = $baseUri
    }

    static [ServiceEndpoint] FromConfig([pscustomobject]$config) {
        $endpoint = [ServiceEndpoint]::new($config.name, [uri]$config.url)
        if ($config.timeout) {
            $endpoint.TimeoutSeconds = [int]$config.timeout
        }
        return $endpoint
    }

    static [ServiceEndpoint] Local([int]$port) {
        return [ServiceEndpoint]::new('local', [uri]"http://localhost:$port/")
    }

    [uri] Resolve([string]$relative) {
        return [uri]::new($this.BaseUri, $relative)
    }

    [string] ToString() {
        return '{0} ({1}, {2}s)' -f $this.Name, $this.BaseUri, $this.TimeoutSeconds
    }
}

$configPath = Join-Path -Path $PSScriptRoot -ChildPath 'endpoints.json'
$endpoints = [List[ServiceEndpoint]]::new()
foreach ($item in (Get-Content -Path $configPath -Raw | ConvertFrom-Json)) {
    $endpoints.Add([ServiceEndpoint]::FromConfig($item))
}
$endpoints.Add([ServiceEndpoint]::Local(5000))

foreach ($endpoint in $endpoints) {
    $health = $endpoint.Resolve('health')
    try {
        $response = Invoke-RestMethod -Uri $health -TimeoutSec $endpoint.TimeoutSeconds -ErrorAction Stop
        Write-Output "$endpoint : $($response.status)"
    }
    catch {
        Write-Warning "$endpoint : unreachable ($($_.Exception.Message))"
    }
}
