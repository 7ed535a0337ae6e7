-- wrk script: a mix of realistic visitor requests against /api/search and /api/suggest.
-- Every request asks for facets and snippets (the API always computes both). Requests cycle
-- through the list in order per thread, so a run is repeatable.
local paths = {
  "/api/search?q=industry&ui=en",
  "/api/search?q=climate+adaptation&ui=en",
  "/api/search?q=energy&lang=en&ui=en",
  "/api/search?q=mobility&type=good-practice&ui=en",
  "/api/search?q=%22public+space%22&ui=en",
  "/api/search?q=digital+services+-startups&ui=en",
  "/api/search?q=mobil*&ui=en",
  "/api/search?q=resilence&ui=en",
  "/api/search?q=Timisoara&ui=ro",
  "/api/search?q=Bielsko-Biala+przemys%C5%82&ui=pl",
  "/api/search?q=przedsi%C4%99biorstwami&lang=pl&ui=pl",
  "/api/search?q=empresas+digitales&lang=es&ui=es",
  "/api/search?q=ciudades&type=article&type=journal&ui=es",
  "/api/search?q=hirietan+enpresen&ui=eu",
  "/api/search?q=ettev%C3%B5tetele&lang=et&ui=et",
  "/api/search?q=ora%C8%99elor+industriei&ui=ro",
  "/api/search?q=housing&sort=date&ui=en",
  "/api/search?q=training+skills&page=1&ui=en",
  "/api/search?q=water&city=bilbao&ui=en",
  "/api/search?q=culture+heritage&theme=culture&year=2020&ui=en",
  "/api/search?q=innovation&network=as-transfer&lang=en&ui=en",
  "/api/search?q=knowledge+business+companies&size=20&ui=en",
  "/api/suggest?q=indu&lang=en",
  "/api/suggest?q=Bielsko-Bia",
  "/api/suggest?q=mobi",
}

-- Plus combinations of frequent domain words with the filters visitors use, so the mix has a
-- few hundred distinct requests rather than a handful.
local words = { "city", "industry", "services", "digital", "economy", "housing", "energy", "climate",
  "mobility", "youth", "employment", "culture", "water", "health", "inclusion", "regeneration",
  "ciudad", "empresas", "vivienda", "miasto", "usługi", "linn", "teenused", "oraș", "industria", "hiria" }
local filters = { "", "&lang=en", "&type=good-practice", "&type=journal&type=article", "&sort=date",
  "&page=1", "&city=bilbao", "&theme=economy", "&year=2021" }
for i, word in ipairs(words) do
  for j, filter in ipairs(filters) do
    if (i + j) % 2 == 0 then
      paths[#paths + 1] = "/api/search?q=" .. word .. filter
    end
  end
  paths[#paths + 1] = "/api/search?q=" .. word .. "+" .. words[(i % #words) + 1]
end

local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests: %d in %.1f s = %.0f req/s\n", summary.requests,
    summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
  io.write(string.format("errors: %d non-2xx, %d socket\n", non2xx, socket))
end
