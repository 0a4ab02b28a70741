function Fetch-Report {
    'report'
}
