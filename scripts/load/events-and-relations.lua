-- wrk script for the load run in the README: each connection cycles through event pages (with filters and
-- sorting) and relation series, the reads the dashboard makes most.
local paths = {
  "/api/events?limit=50",
  "/api/relations?a=USA&b=CHN&by=month",
  "/api/events?actor=RUS&sort=goldstein&order=asc&limit=50",
  "/api/relations?a=RUS&b=UKR&by=week&from=2020-01-01&to=2022-12-31",
  "/api/events?actor=USA&with=CHN&from=2020-01-01&to=2020-12-31&limit=50&offset=50",
  "/api/relations?a=IRN&b=ISR&by=year",
}
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s %.1f, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, timeout %d, non-2xx %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status))
end
