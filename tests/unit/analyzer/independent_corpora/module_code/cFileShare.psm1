enum Ensure {
    Absent
    Present
}

[DscResource()]
class cFileShare {
    [DscProperty(Key)]
    [string]$Name

    [DscProperty(Mandatory)]
    [string]$Path

    [DscProperty()]
    [Ensure]$Ensure = [Ensure]::Present

    [DscProperty()]
    [string[]]$FullAccess

    [cFileShare] Get() {
        $share = Get-SmbShare -Name $this.Name -ErrorAction SilentlyContinue
        $current = [cFileShare]::new()
        $current.Name = $this.Name
        if ($null -ne $share) {
            $current.Ensure = [Ensure]::Present
            $current.Path = $share.Path
        }
        else {
            $current.Ensure = [Ensure]::Absent
        }
        return $current
    }

    [bool] Test() {
        $share = Get-SmbShare -Name $this.Name -ErrorAction SilentlyContinue
        if ($this.Ensure -eq [Ensure]::Present) {
            return ($null -ne $share -and $share.Path -eq $this.Path)
        }
        return ($null -eq $share)
    }

    [void] Set() {
        if ($this.Ensure -eq [Ensure]::Present) {
            Write-Verbose -Message "Creating share $($this.Name) on $($this.Path)"
            New-SmbShare -Name $this.Name -Path $this.Path -FullAccess $this.FullAccess | Out-Null
        }
        else {
            Write-Verbose -Message "Removing share $($this.Name)"
            Remove-SmbShare -Name $this.Name -Force
        }
    }
}
