-- wrk script: a stream of 14 x 24 = 336 distinct questions made from templates. Each wrk thread asks its own
-- share of them in turn (with -t2, thread 1 the odd-numbered, thread 2 the even-numbered), so no question is
-- asked by two threads: when the threads started half-way round from each other on the whole list, one ran a few
-- per cent faster than the other (3,802 against 3,647 answers in 20 s), caught up, and the two asked the same
-- questions moments apart, which picket's question-embedding memo (256) then answered. Between two askings of a
-- question come 335 others, more than that memo holds, so no cache helps.
-- Usage: wrk -t2 -c8 -d10s -s bench/distinct.lua URL [-- THREADS]   (THREADS: wrk's -t when it is not 2)
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
  threads = threads + 1
  thread:set("number", threads)
end

local mine, i = {}, 0
function init(args)
  local stride = tonumber(args[1]) or 2
  for n = ((number or 1) - 1) % stride + 1, #bodies, stride do
    mine[#mine + 1] = bodies[n]
  end
end

function request()
  i = i + 1
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, mine[(i - 1) % #mine + 1])
end
