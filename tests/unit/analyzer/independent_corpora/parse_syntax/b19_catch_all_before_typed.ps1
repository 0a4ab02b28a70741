function Get-RemoteFile {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [uri]$Uri,

        [Parameter(Mandatory)]
        [string]$OutFile
    )

    try {
        Invoke-WebRequest -Uri $Uri -OutFile $OutFile -UseBasicParsing -ErrorAction Stop
        Get-Item -Path $OutFile
    }
    catch {
        Write-Error -Message "Download of $Uri failed: $_"
    } catch [System.Net.WebException] {
        Write-Error -Message "Network error while downloading $Uri"
    }
}
