-- wrk script: POSTs 50-event batches, each with fresh event ids and fresh respondents.
--
-- init reads batch templates, one JSON body a line, in which every event id is @E@ and every
-- respondent is @R<n>@ (n numbers the template's visitors). Each request takes the next template
-- and fills in ids no earlier request used: <run>-<thread>-<counter> shaped as a UUID, and
-- respondents numbered by how often the templates have gone round, so a visitor's events stay
-- one visitor's. Answers are read for the server's own counts (accepted, duplicates, rejected).
--
--   wrk ... -s this.lua URL -- TEMPLATES RUN_HEX AUTHORIZATION

threads = {}
counters = { 'accepted', 'duplicates', 'rejected' }
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set('thread_number', next_thread)
  table.insert(threads, thread)
end

local templates = {}
local position = 0
local lap = 0
local event_counter = 0

function init(args)
  for line in io.lines(args[1]) do
    table.insert(templates, line)
  end
  run = args[2]
  wrk.method = 'POST'
  wrk.headers['Authorization'] = args[3]
  wrk.headers['Content-Type'] = 'application/json'
  accepted, duplicates, rejected = 0, 0, 0
end

local function event_id()
  event_counter = event_counter + 1
  return string.format('%s-%04x-4000-8000-%012x', run, thread_number, event_counter)
end

local function respondent(n)
  return string.format('r%s-%d-%d-%s', run, thread_number, lap, n)
end

function request()
  position = position + 1
  if position > #templates then
    position = 1
    lap = lap + 1
  end
  local body = templates[position]:gsub('@E@', event_id)
  body = body:gsub('@R(%d+)@', respondent)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  accepted = accepted + tonumber(body:match('"accepted":(%d+)') or 0)
  duplicates = duplicates + tonumber(body:match('"duplicates":(%d+)') or 0)
  local rejected_list = body:match('"rejected":%[(.-)%]')
  if status >= 400 or (rejected_list and #rejected_list > 0) then
    rejected = rejected + 1
  end
end
