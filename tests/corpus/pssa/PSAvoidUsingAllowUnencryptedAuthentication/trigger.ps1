$token = Get-Secret -Name api
Invoke-RestMethod -Uri 'http://intranet/api' -Authentication Bearer -Token $token -AllowUnencryptedAuthentication
