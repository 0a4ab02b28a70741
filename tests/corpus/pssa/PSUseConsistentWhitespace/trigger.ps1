if ($true){
    $a=1
    Get-ChildItem -Path .|Select-Object -First 1
    $list = @(1,2)
    $a, $list
}
