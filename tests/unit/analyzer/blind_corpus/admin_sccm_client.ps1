$client = [wmiclass]'root\ccm:SMS_Client'
$client.TriggerSchedule('{00000000-0000-0000-0000-000000000021}')
$searcher = [adsisearcher]'(&(objectClass=computer)(operatingSystem=*Server*))'
$searcher.FindAll() | ForEach-Object { $_.Properties['name'] }
$group = [ADSI]'WinNT://./Administrators,group'
$group.Members()
