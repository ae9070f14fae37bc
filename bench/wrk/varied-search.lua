-- wrk script: every request a different public search, as many visitors ask them.
-- A search is a keyword (sometimes two, a few misspelt) from a list of everyday words, with or
-- without a region and a category, on page 1, 2 or 3. Request n of a run is search number
-- n * STRIDE modulo the number of searches: STRIDE shares no factor with that number, so no search
-- is asked twice until every one has been (45,780 of them, more than a run asks). Each thread starts
-- at its own place in that order.
-- Usage: wrk -s bench/wrk/varied-search.lua http://127.0.0.1:18080
-- Non-200 answers are counted and printed at the end (wrk counts only 4xx and 5xx).

local words = { "apprenticeship", "internship", "workshop", "grant", "mentoring", "discount", "tickets",
  "training", "course", "traineeship", "home", "support", "experience", "assistant", "exemption", "job",
  "work", "money", "housing", "college", "bakery", "digital", "builders", "energy", "rail", "retail",
  "sports", "studios", "harbour", "riverside" }
local seconds = { "care", "free", "week", "north", "help", "session" }
local misspelt = { "aprenticeship", "internshp", "mentorng", "trainning", "workshp", "discout", "aprentice",
  "bakrey" }
local regions = { "", "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006",
  "E12000007", "E12000008", "E12000009" }
local categories = { "", "EMPLOYMENT_AND_WORK_EXPERIENCE", "EDUCATION_AND_TRAINING", "MONEY_AND_FINANCIAL_SUPPORT",
  "INDEPENDENT_LIVING_AND_HOUSING", "HEALTH_AND_WELLBEING", "LEISURE_AND_LIFESTYLE" }
local pages = 3

-- Every keyword choice: one word, a misspelt word, or two words.
local keywords = {}
for _, w in ipairs(words) do keywords[#keywords + 1] = w end
for _, w in ipairs(misspelt) do keywords[#keywords + 1] = w end
for _, w in ipairs(words) do
  for _, s in ipairs(seconds) do keywords[#keywords + 1] = w .. "+" .. s end
end

local total = #keywords * #regions * #categories * pages
local STRIDE = 7919 -- a prime that does not divide total

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("first", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

function init(args)
  n = first * math.floor(total / 8)
  unexpected = 0
end

function request()
  n = n + 1
  local i = (n * STRIDE) % total
  local k = i % #keywords; i = math.floor(i / #keywords)
  local r = i % #regions; i = math.floor(i / #regions)
  local c = i % #categories; i = math.floor(i / #categories)
  local page = 1 + i % pages
  local path = "/opportunities?q=" .. keywords[k + 1]
  if regions[r + 1] ~= "" then path = path .. "&region=" .. regions[r + 1] end
  if categories[c + 1] ~= "" then path = path .. "&category=" .. categories[c + 1] end
  if page > 1 then path = path .. "&page=" .. page end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status ~= 200 then unexpected = unexpected + 1 end
end

function done(summary, latency, requests)
  local count = 0
  for _, thread in ipairs(threads) do count = count + thread:get("unexpected") end
  io.write(string.format("Not 200: %d\n", count))
end
