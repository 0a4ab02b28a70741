# Checks DFS Replication backlog between the hub and each branch member.
$hub = 'FS-HUB01'
$groups = Get-DfsReplicationGroup -GroupName 'Branch*'

$report = foreach ($g in $groups) {
    $members = Get-DfsrMember -GroupName $g.GroupName | ? ComputerName -ne $hub
    foreach ($m in $members) {
        $folders = Get-DfsReplicatedFolder -GroupName $g.GroupName
        foreach ($f in $folders) {
            $backlog = (Get-DfsrBacklog -GroupName $g.GroupName -FolderName $f.FolderName `
                -SourceComputerName $hub -DestinationComputerName $m.ComputerName -ErrorAction SilentlyContinue).Count
            New-Object PSObject -Property @{
                Group   = $g.GroupName
                Folder  = $f.FolderName
                Member  = $m.ComputerName
                Backlog = $backlog
            }
        }
    }
}

$report | Where-Object Backlog -gt 100 | ft Group, Folder, Member, Backlog
