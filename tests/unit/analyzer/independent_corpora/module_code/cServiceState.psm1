[DscResource()]
class cServiceState {
    [DscProperty(Key)]
    [string]$Name

    [DscProperty(Mandatory)]
    [ValidateSet('Running', 'Stopped')]
    [string]$State

    [cServiceState] Get() {
        $svc = Get-Service -Name $this.Name
        $result = [cServiceState]::new()
        $result.Name = $this.Name
        $result.State = $svc.Status.ToString()
        return $result
    }

    [void] Set() {
        $unusedTimeout = 30
        if ($this.State -eq 'Running') {
            Start-Service -Name $this.Name
        }
        else {
            Stop-Service -Name $this.Name -Force
        }
    }
}
