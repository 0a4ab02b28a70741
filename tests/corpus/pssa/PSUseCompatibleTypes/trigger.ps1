Add-Type -AssemblyName System.Web.Extensions
$serializer = New-Object -TypeName System.Web.Script.Serialization.JavaScriptSerializer
$version = [semver]'2.1.0'
$serializer.Serialize(@{ version = "$version" })
