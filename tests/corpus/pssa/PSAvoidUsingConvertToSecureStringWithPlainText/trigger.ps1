$secure = ConvertTo-SecureString -String 'P@ssw0rd' -AsPlainText -Force
$secure
