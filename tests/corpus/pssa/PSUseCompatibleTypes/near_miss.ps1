$encoded = [System.Web.HttpUtility]::UrlEncode('a b')
$searcher = [adsisearcher]'(objectClass=user)'
$version = [version]'2.1.0'
$encoded, $searcher, $version
