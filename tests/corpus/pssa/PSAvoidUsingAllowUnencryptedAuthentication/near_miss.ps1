$token = Get-Secret -Name api
Invoke-RestMethod -Uri 'https://intranet/api' -Authentication Bearer -Token $token
