$list = [System.Collections.Generic.List[object]]::new()
$list
