function Send-ReportToFtp([string]$UserName, [string]$Password, [string]$File) {
    $uri = "ftp://ftp.partner.example/inbound/$(Split-Path -Path $File -Leaf)"
    $req = [System.Net.FtpWebRequest]::Create($uri)
    $req.Method = [System.Net.WebRequestMethods+Ftp]::UploadFile
    $req.Credentials = New-Object System.Net.NetworkCredential($UserName, $Password)
    $bytes = [System.IO.File]::ReadAllBytes($File)
    $req.ContentLength = $bytes.Length
    $stream = $req.GetRequestStream()
    $stream.Write($bytes, 0, $bytes.Length)
    $stream.Close()
    $resp = $req.GetResponse()
    "$($resp.StatusDescription)"
    $resp.Close()
}

$report = Get-ChildItem -Path 'D:\Exports' -Filter 'sales_*.csv' | Sort-Object -Property LastWriteTime | Select-Object -Last 1
Send-ReportToFtp -UserName 'contoso_upload' -Password 'Ftp!Upl0ad2022' -File $report.FullName
