enum Ensure {
    Absent
    Present
}

[DscResource()]
class FileContent {
    [DscProperty(Key)]
    [string]$Path

    [DscProperty(Mandatory)]
    [ValidateNotNullOrEmpty()]
    [string]$Content

    [DscProperty()]
    [Ensure]$Ensure = [Ensure]::Present

    [DscProperty(NotConfigurable)]
    [datetime]$LastWriteTime

    [FileContent] Get() {
        $current = [FileContent]::new()
        $current.Path = $this.Path
        if (Test-Path -LiteralPath $this.Path) {
            $current.Content = Get-Content -LiteralPath $this.Path -Raw
            $current.Ensure = [Ensure]::Present
            $current.LastWriteTime = (Get-Item -LiteralPath $this.Path).LastWriteTime
        }
        else {
            $current.Ensure = [Ensure]::Absent
        }
        return $current
    }

    [bool] Test() {
        $current = $this.Get()
        if ($this.Ensure -eq [Ensure]::Absent) {
            return $current.Ensure -eq [Ensure]::Absent
        }
        return $current.Ensure -eq [Ensure]::Present -and $current.Content -ceq $this.Content
    }

    [void] Set() {
        if ($this.Ensure -eq [Ensure]::Absent) {
            Write-Verbose -Message "Removing $($this.Path)"
            Remove-Item -LiteralPath $this.Path -Force -ErrorAction SilentlyContinue
            return
        }
        Write-Verbose -Message "Writing $($this.Path)"
        Set-Content -LiteralPath $this.Path -Value $this.Content -NoNewline -Force
    }
}
