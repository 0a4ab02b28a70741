# Builds and publishes a package with a mix of native tools; exercises argument spellings.
$ErrorActionPreference = 'Stop'
$version = '2.4.1'
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'

git -C ~/src/contoso-tools fetch --tags origin main 2>$null
git -C ~/src/contoso-tools log -1 --format=%H%n%an%n%ae
dotnet build ..\src\Contoso.Tools.csproj -c Release -p:Version=$version -p:InformationalVersion=$version+$stamp /nologo
dotnet pack ../src/Contoso.Tools.csproj --configuration=Release --output ./artifacts/$stamp/ --no-build
msbuild.exe .\legacy\Legacy.sln /t:Rebuild /p:Configuration=Release /m:4 /v:minimal
nuget.exe push .\artifacts\$stamp\*.nupkg -Source https://nuget.contoso.com/v3/index.json -SkipDuplicate
signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 .\artifacts\$stamp\*.dll
7z.exe a -tzip "release-$version.zip" .\artifacts\$stamp\* -xr!*.pdb -mx=9
ssh.exe -o StrictHostKeyChecking=yes deploy@build01.contoso.com "mkdir -p /srv/drop/$version"
scp.exe -q release-$version.zip deploy@build01.contoso.com:/srv/drop/$($version)/
curl.exe -fsSL -X POST -H 'Content-Type: application/json' -d '{"text":"released"}' https://hooks.contoso.com/T000/B000
ping.exe -n 1 -w 500 build01.contoso.com > $null
netsh.exe advfirewall firewall add rule name="Contoso Tools $version" dir=in action=allow protocol=TCP localport="8080,8443"
setx.exe CONTOSO_TOOLS_VERSION $version /M
reg.exe query HKLM\SOFTWARE\Contoso /v Version /reg:64
sc.exe config ContosoAgent start= delayed-auto
wevtutil.exe qe Application /q:"*[System[(Level=2)]]" /c:5 /rd:true /f:text
tar -czf "tools-$version.tar.gz" -C ./artifacts .
Write-Output -InputObject "Published $version to https://nuget.contoso.com and notified ops@contoso.com; offsets -1, -0.5, +2"
Write-Output -InputObject release-$version.zip, (Get-Item -Path .\artifacts).FullName, 42, -7
