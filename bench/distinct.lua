-- wrk script: a stream of 14 x 24 = 336 distinct questions made from templates, cycled in order, the second
-- thread starting half-way round. 336 is more than picket's question-embedding memo holds (256), and no two
-- threads ask the same question at once, so no cache helps. Usage: wrk -t2 -c8 -d10s -s bench/distinct.lua URL
local templates = {
  "Why are %s going on strike?",
  "When is the next strike by %s?",
  "How much of a pay rise do %s want?",
  "What did the government offer %s?",
  "How many %s voted for industrial action?",
  "Which hospitals were affected when %s walked out?",
  "Did %s accept the latest pay deal?",
  "What did the health secretary say about %s?",
  "How long did the walkout by %s last?",
  "Were patients harmed during the strike by %s?",
  "Is the dispute with %s over?",
  "What are %s demanding from ministers?",
  "How many appointments were cancelled because of %s?",
  "Who leads the union representing %s?",
}
local subjects = {
  "nurses", "junior doctors", "resident doctors", "ambulance workers", "paramedics", "consultants",
  "physiotherapists", "radiographers", "midwives", "GPs", "BMA members", "RCN members", "Unison members",
  "Unite members", "GMB members", "hospital porters", "mental health nurses", "NHS staff in Scotland",
  "NHS staff in Wales", "health visitors", "call handlers", "specialty doctors", "nursing associates",
  "hospital cleaners",
}
local bodies = {}
for _, s in ipairs(subjects) do
  for _, t in ipairs(templates) do
    bodies[#bodies + 1] = '{"question":"' .. string.format(t, s) .. '"}'
  end
end

local threads = 0
function setup(thread)
  thread:set("offset", threads * math.floor(#bodies / 2))
  threads = threads + 1
end

local i = 0
function init(args)
  i = offset or 0
end

function request()
  i = i + 1
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, bodies[(i % #bodies) + 1])
end
