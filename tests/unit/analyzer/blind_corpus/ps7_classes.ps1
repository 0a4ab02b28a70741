using namespace System.Net.Http

enum Environment2 {
    Dev = 1
    Test = 2
    Prod = 3
}

class ApiClient {
    hidden [HttpClient]$Client
    [string]$BaseUri

    ApiClient([string]$baseUri) {
        $this.BaseUri = $baseUri
        $this.Client = [HttpClient]::new()
    }

    [string] GetStatus() {
        return $this.Client.GetStringAsync("$($this.BaseUri)/status").GetAwaiter().GetResult()
    }
}

$splat = @{
    Path        = "$PSScriptRoot/out.json"
    Encoding    = 'utf8'
}
$client = [ApiClient]::new('https://api.contoso.com')
$client.GetStatus() | Set-Content @splat
[Environment2]::Prod
