enum RetentionAction {
    Keep
    Compress
    Delete
}

class RetentionPolicy {
    [int]$CompressAfterDays
    [int]$DeleteAfterDays

    RetentionPolicy([int]$compressAfter, [int]$deleteAfter) {
        if ($deleteAfter -le $compressAfter) {
            throw 'DeleteAfterDays must be greater than CompressAfterDays'
        }
        $this.CompressAfterDays = $compressAfter
        $this.DeleteAfterDays = $deleteAfter
    }

    [RetentionAction] Decide([System.IO.FileInfo]$file) {
        $age = ((Get-Date) - $file.LastWriteTime).TotalDays
        if ($age -ge $this.DeleteAfterDays) { return [RetentionAction]::Delete }
        if ($age -ge $this.CompressAfterDays -and $file.Extension -ne '.zip') { return [RetentionAction]::Compress }
        return [RetentionAction]::Keep
    }
}

$policy = [RetentionPolicy]::new(7, 90)
$plan = Get-ChildItem -Path 'D:\AppLogs' -File -Recurse | ForEach-Object {
    [pscustomobject]@{
        File   = $_.FullName
        Action = $policy.Decide($_)
    }
}
$plan | Group-Object -Property Action | Select-Object Name, Count
