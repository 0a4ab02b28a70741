$secure = Read-Host -Prompt 'password' -AsSecureString
$secure
