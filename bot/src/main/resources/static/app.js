// picket test page: plain JavaScript, no build step, no framework. Every text from the server is inserted as
// text (textContent), never as HTML, because article passages and questions are untrusted.
"use strict";

const $ = (id) => document.getElementById(id);

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// ---------------------------------------------------------------------------------------------------------------
// Talking to the server: every failure becomes one plain sentence for the page.

class Problem extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

const SERVER_DOWN = "picket isn't responding. Is the server running? Check it and try again.";

async function send(url, options) {
  try {
    return await fetch(url, options);
  } catch (e) {
    if (e.name === "AbortError") throw e;
    throw new Problem(SERVER_DOWN, 0);
  }
}

/** The server's {"error"} in plain words, or a sentence for the status when the body says nothing. */
async function problemOf(response) {
  let message = "";
  try {
    const body = await response.json();
    message = body && typeof body.error === "string" ? body.error : "";
  } catch (e) {
    // Not JSON (a proxy's page, an empty body): the status says enough.
  }
  const plain = {
    400: "picket couldn't take that request",
    404: "picket doesn't have that endpoint",
    413: "that is too large for picket",
    429: "picket is busy",
    503: "picket isn't ready yet",
  }[response.status] || `picket answered with an error (HTTP ${response.status})`;
  return new Problem(message ? `${plain}: ${message.replace(/\.$/, "")}.` : plain + ".", response.status);
}

async function json(url, options) {
  const response = await send(url, options);
  if (!response.ok) throw await problemOf(response);
  try {
    return await response.json();
  } catch (e) {
    throw new Problem("picket sent an answer this page can't read.", response.status);
  }
}

function showError(id, problem) {
  const box = $(id);
  box.textContent = problem instanceof Problem ? problem.message
      : "Something went wrong on this page: " + (problem && problem.message ? problem.message : problem);
  box.hidden = false;
  box.scrollIntoView({ block: "nearest" });
}

function clearError(id) {
  $(id).hidden = true;
  $(id).textContent = "";
}

/** Runs a form's action with its button disabled and a status line, and reports any failure inline. */
async function busy(form, statusId, errorId, label, action) {
  const buttons = form.querySelectorAll("button");
  buttons.forEach((b) => (b.disabled = true));
  form.setAttribute("aria-busy", "true");
  clearError(errorId);
  $(statusId).textContent = label;
  try {
    await action();
    if ($(statusId).textContent === label) $(statusId).textContent = "";
  } catch (e) {
    $(statusId).textContent = "";
    showError(errorId, e);
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    form.removeAttribute("aria-busy");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Tabs (the WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs; the URL hash keeps the tab).

const tabs = [...document.querySelectorAll("[role=tab]")];
const onShow = {};

function selectTab(tab, focus) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute("aria-selected", String(selected));
    t.tabIndex = selected ? 0 : -1;
    $(t.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) tab.focus();
  const name = tab.id.replace("tab-", "");
  history.replaceState(null, "", "#" + name);
  if (onShow[name]) onShow[name]();
}

tabs.forEach((tab, i) => {
  tab.addEventListener("click", () => selectTab(tab, false));
  tab.addEventListener("keydown", (e) => {
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Ask

const MARKER = /\[(\d+)]/g;
let streamMissing = false;

$("ask-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const question = $("ask-question").value;
  busy(e.target, "ask-status", "ask-error", "Asking…", async () => {
    try {
      await ask(question);
    } catch (problem) {
      // Half a streamed answer is unverified text; show the error alone.
      $("ask-result").hidden = true;
      throw problem;
    }
  });
});

async function ask(question) {
  $("ask-result").hidden = true;
  const init = {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ question }),
  };
  if (!streamMissing) {
    const response = await send("/api/ask/stream", { ...init, headers: { ...init.headers, Accept: "text/event-stream, application/json" } });
    // A server without the streaming endpoint answers 404 (or 405 from the static files); ask in one go instead.
    if (response.status === 404 || response.status === 405) {
      streamMissing = true;
    } else if (!response.ok) {
      throw await problemOf(response);
    } else if ((response.headers.get("Content-Type") || "").startsWith("text/event-stream")) {
      return streamAnswer(response);
    } else {
      return renderAnswer(await response.json());
    }
  }
  renderAnswer(await json("/api/ask", init));
}

/** Reads the server-sent events of /api/ask/stream: sources, then deltas of text, then the final answer. */
async function streamAnswer(response) {
  let text = "";
  let done = false;
  const answerBox = $("ask-answer");
  startAnswer();
  answerBox.classList.add("streaming");
  try {
    for await (const event of sseEvents(response.body)) {
      const data = parseData(event.data);
      if (event.name === "sources") {
        const sources = Array.isArray(data) ? data : (data && data.sources) || [];
        renderSources(sources, "");
      } else if (event.name === "delta") {
        text += deltaText(data, event.data);
        renderAnswerText(answerBox, text, new Set());
      } else if (event.name === "final") {
        done = true;
        renderAnswer(data);
      } else if (event.name === "error") {
        throw new Problem("picket couldn't finish the answer: " + ((data && data.error) || data || "unknown error") + ".");
      }
    }
  } catch (e) {
    if (e instanceof Problem) throw e;
    throw new Problem("The answer stream broke off: " + e.message + ".");
  } finally {
    answerBox.classList.remove("streaming");
  }
  if (!done) throw new Problem("The answer stream ended before the final answer. Try again.");
}

async function* sseEvents(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n?/g, "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = { name: "message", data: [] };
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "event") event.name = value;
        else if (field === "data") event.data.push(value);
      }
      if (event.data.length) yield { name: event.name, data: event.data.join("\n") };
    }
  }
}

// The server sends {"text": "..."}; a bare JSON string or plain text is taken as it is.
function deltaText(data, raw) {
  if (typeof data === "string") return data;
  if (data && typeof data === "object" && !Array.isArray(data)) return data.text ?? data.delta ?? "";
  return raw;
}

function parseData(data) {
  try {
    return JSON.parse(data);
  } catch (e) {
    return data;
  }
}

function startAnswer() {
  $("ask-result").hidden = false;
  $("ask-meta").textContent = "";
  $("ask-answer").replaceChildren();
  $("ask-answer").className = "answer";
  $("ask-unsupported").hidden = true;
  $("ask-sources").replaceChildren();
  $("ask-sources-title").hidden = false;
}

function renderAnswer(answer) {
  startAnswer();
  const meta = $("ask-meta");
  meta.append(el("span", { class: "badge" }, answer.mode === "llm" ? "LLM" : answer.mode || "unknown mode"));
  if (answer.fallbackReason) meta.append(`Fell back to extractive: ${answer.fallbackReason}. `);
  if (answer.searchedFor) meta.append(`Searched for: ${answer.searchedFor}. `);
  meta.append(timings(answer.timings));

  const box = $("ask-answer");
  if (answer.mode === "help") {
    // Small talk: what picket covers, neither an answer nor an abstention.
    box.append(el("span", {}, answer.answer));
    $("ask-sources-title").hidden = true;
    return;
  }
  if (!answer.answered) {
    box.classList.add("abstention");
    box.append(el("strong", {}, "No answer: picket abstained."), el("span", {}, answer.answer),
        el("p", { class: "hint" }, "Its articles don't cover this question well enough to cite. "
            + "The Search tab shows what it found."));
    $("ask-sources-title").hidden = true;
    return;
  }
  const citations = answer.citations || [];
  renderAnswerText(box, answer.answer, new Set(citations.map((c) => c.n)));
  renderUnsupported(answer.unsupported || []);
  renderSources(citations, answer.answer);
}

const TIMING_NAMES = { retrievalMs: "retrieval", llmMs: "LLM", totalMs: "total" };

/** The timings in the order the time was spent, the total last; any new kind of timing is shown too. */
function timings(t) {
  if (!t) return "";
  const first = ["retrievalMs", "llmMs"];
  const keys = [...first, ...Object.keys(t).filter((k) => !first.includes(k) && k !== "totalMs"), "totalMs"];
  return keys.filter((k) => typeof t[k] === "number")
      .map((k) => `${TIMING_NAMES[k] || k.replace(/Ms$/, "")} ${t[k].toFixed(1)} ms`).join(" · ");
}

/** The answer text with each [n] that has a source as a link to that source's card. */
function renderAnswerText(box, text, known) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARKER)) {
    parts.push(text.slice(last, m.index));
    const n = Number(m[1]);
    parts.push(known.has(n)
        ? el("a", { class: "marker", href: `#source-${n}`, "data-n": n, "aria-label": `source ${n}`,
          onclick: (e) => { e.preventDefault(); selectSource(n); } }, m[0])
        : m[0]);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  box.replaceChildren(...parts);
}

function renderUnsupported(items) {
  const list = $("ask-unsupported-list");
  list.replaceChildren(...items.map((u) => el("li", {}, el("s", {}, u.sentence), " ",
      el("span", { class: "reason" }, "(" + (u.reason || "no reason given") + ")"))));
  $("ask-unsupported").hidden = items.length === 0;
}

function renderSources(citations, answerText) {
  $("ask-sources").replaceChildren(...citations.map((c) => el("li", {
    class: "source", id: `source-${c.n}`, tabindex: "-1", "aria-label": `Source ${c.n}: ${c.title || c.articleId}`,
  },
  el("div", {}, el("span", { class: "n" }, `[${c.n}]`),
      c.url ? el("a", { class: "headline", href: c.url, rel: "noopener noreferrer", target: "_blank" }, c.title)
          : el("span", { class: "headline" }, c.title || c.articleId)),
  el("div", { class: "byline" }, [c.source, c.published, c.passageId].filter(Boolean).join(" · ")),
  el("p", { class: "passage" }, highlighted(c.passage || "", supportFor(answerText, c.n))))));
}

function selectSource(n) {
  for (const card of document.querySelectorAll(".source")) {
    const selected = card.id === `source-${n}`;
    card.classList.toggle("selected", selected);
    if (selected) card.setAttribute("aria-current", "true");
    else card.removeAttribute("aria-current");
  }
  const card = $(`source-${n}`);
  if (card) {
    card.scrollIntoView({ block: "nearest" });
    card.focus({ preventScroll: true });
  }
}

/** The pieces of answer text that cite source n: the text between the previous marker and each [n]. */
function supportFor(text, n) {
  const pieces = [];
  let last = 0;
  let previous = "";
  for (const m of (text || "").matchAll(MARKER)) {
    const piece = text.slice(last, m.index).trim();
    // "...claim [1][2]" cites both sources for the same words.
    const claim = piece || previous;
    if (Number(m[1]) === n && claim) pieces.push(claim);
    previous = claim;
    last = m.index + m[0].length;
  }
  return pieces;
}

/**
 * The passage with its supporting sentences marked: the cited words where the answer quotes them, else the
 * passage sentence sharing the most words with the claim (an LLM paraphrases).
 */
function highlighted(passage, claims) {
  const ranges = [];
  for (const claim of claims) {
    const range = quoted(passage, claim) || closestSentence(passage, claim);
    if (range) ranges.push(range);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = [];
  let last = 0;
  for (const [start, end] of ranges) {
    if (start < last) continue;
    out.push(passage.slice(last, start), el("mark", {}, passage.slice(start, end)));
    last = end;
  }
  out.push(passage.slice(last));
  return out;
}

function quoted(passage, claim) {
  const words = claim.split(/\s+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!words.length) return null;
  const m = new RegExp(words.join("\\s+")).exec(passage);
  return m ? [m.index, m.index + m[0].length] : null;
}

function closestSentence(passage, claim) {
  const claimWords = new Set(wordsOf(claim));
  let best = null;
  let bestScore = 0;
  for (const m of passage.matchAll(/[^.!?\n]+(?:[.!?]+["'”’)]*|\n|$)/g)) {
    const score = wordsOf(m[0]).filter((w) => claimWords.has(w)).length;
    if (score > bestScore) {
      bestScore = score;
      const lead = m[0].length - m[0].trimStart().length;
      best = [m.index + lead, m.index + m[0].trimEnd().length];
    }
  }
  return bestScore >= 2 ? best : null;
}

function wordsOf(text) {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) || []);
}

// ---------------------------------------------------------------------------------------------------------------
// Search

$("search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("search-q").value;
  const k = $("search-k").value || "8";
  busy(e.target, "search-status", "search-error", "Searching…", async () => {
    $("search-result").hidden = true;
    const body = await json(`/api/search?${new URLSearchParams({ q, k })}`, { headers: { Accept: "application/json" } });
    renderSearch(body);
  });
});

const KNOWN_HIT_FIELDS = new Set(["rank", "score", "passageId", "articleId", "ordinal", "title", "source",
  "published", "url", "passage", "mode", "retrievalMode"]);

function renderSearch(body) {
  const hits = body.hits || [];
  const mode = body.mode || body.retrievalMode;
  $("search-summary").textContent = `${hits.length} passage${hits.length === 1 ? "" : "s"} in `
      + `${Number(body.retrievalMs || 0).toFixed(1)} ms` + (mode ? ` · retrieval mode: ${mode}` : "");
  const terms = new Set(wordsOf(body.query || ""));
  $("search-table").tBodies[0].replaceChildren(...hits.map((h) => {
    // Retrieval modes may add their own scores (e.g. keyword and vector); show whatever numbers a hit carries.
    const extra = Object.entries(h).filter(([k, v]) => !KNOWN_HIT_FIELDS.has(k) && typeof v === "number")
        .map(([k, v]) => `${k} ${v}`);
    return el("tr", {},
        el("td", { class: "num" }, h.rank),
        el("td", { class: "num" }, Number(h.score).toFixed(4), h.mode || h.retrievalMode
            ? el("div", { class: "hint" }, h.mode || h.retrievalMode) : null,
            extra.length ? el("div", { class: "hint" }, extra.join(", ")) : null),
        el("td", {}, el("div", { class: "headline" }, h.title || h.articleId),
            el("div", { class: "hint" }, [h.source, h.published, h.passageId].filter(Boolean).join(" · "))),
        el("td", { class: "passage" }, withTerms(h.passage || "", terms)));
  }));
  $("search-result").hidden = false;
}

/** The passage with the query's words marked, so an operator sees what matched. */
function withTerms(passage, terms) {
  const out = [];
  let last = 0;
  for (const m of passage.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!terms.has(m[0].toLowerCase())) continue;
    out.push(passage.slice(last, m.index), el("mark", {}, m[0]));
    last = m.index + m[0].length;
  }
  out.push(passage.slice(last));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Corpus

let corpusLoaded = false;
onShow.corpus = () => {
  if (!corpusLoaded) loadCorpus();
};
$("corpus-refresh").addEventListener("click", () => loadCorpus());

async function loadCorpus() {
  corpusLoaded = true;
  clearError("corpus-error");
  $("corpus-summary").textContent = "Loading the articles…";
  try {
    renderCorpus(await json("/api/articles", { headers: { Accept: "application/json" } }));
  } catch (e) {
    corpusLoaded = false;
    $("corpus-summary").textContent = "";
    showError("corpus-error", e);
  }
}

// While a reload or the first build runs, /api/articles carries its figures; the bar follows them once a second.
const PROGRESS_EVERY_MS = 1000;
let progressTimer = null;
let reloadPending = false;

function renderProgress(figures) {
  $("corpus-progress").hidden = !figures;
  if (!figures) return;
  const bar = $("corpus-progress-bar");
  bar.max = Math.max(1, figures.total);
  bar.value = Math.min(figures.done, bar.max);
  const left = figures.secondsLeft >= 0 ? `, about ${secondsText(figures.secondsLeft)} left` : "";
  $("corpus-progress-text").textContent = `${figures.firstBuild ? "Building the index" : "Reloading"}: `
      + `${figures.done} of ${figures.total} articles, ${figures.articlesPerSecond}/s${left}`;
}

function secondsText(seconds) {
  return seconds >= 60 ? `${Math.round(seconds / 60)} min` : `${seconds} s`;
}

/** Polls the figures while a reload runs (or one was just asked for) and the Corpus tab is shown. */
function watchProgress() {
  if (progressTimer !== null) return;
  progressTimer = setTimeout(async () => {
    progressTimer = null;
    if ($("panel-corpus").hidden) return;
    const running = !$("corpus-progress").hidden;
    try {
      const body = await json("/api/articles?limit=1", { headers: { Accept: "application/json" } });
      renderProgress(body.reload);
      if (body.reload || reloadPending) watchProgress();
      else if (running) loadCorpus();
    } catch (e) {
      // The next load of the list shows what went wrong.
    }
  }, PROGRESS_EVERY_MS);
}

function renderCorpus(body) {
  renderProgress(body.reload);
  if (body.reload) watchProgress();
  const articles = body.articles || [];
  const shown = articles.length < body.articleCount
    ? ` Showing ${body.offset + 1}–${body.offset + articles.length} of them.` : "";
  $("corpus-summary").textContent = `${body.articleCount} article${body.articleCount === 1 ? "" : "s"}, `
      + `${body.passageCount} passage${body.passageCount === 1 ? "" : "s"} indexed.${shown}`;
  $("corpus-table").tBodies[0].replaceChildren(...articles.map((a) => el("tr", {},
      el("td", {}, a.source || "—"),
      el("td", {}, a.published || "—"),
      el("td", {}, a.url ? el("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, a.title) : a.title,
          el("div", { class: "hint" }, a.fileName || a.id)),
      el("td", { class: "num" }, a.passages))));
  const ingestion = body.ingestion;
  $("corpus-ingestion").replaceChildren(ingestion
      ? reportList({
        "finished at": ingestion.finishedAt ? new Date(ingestion.finishedAt).toLocaleString() : "—",
        loaded: `${(ingestion.loaded || []).length} file(s)`,
        skipped: ingestion.skipped || [],
        warnings: ingestion.warnings || [],
      })
      : el("p", { class: "hint" }, "The first read of the corpus folder is still running."));
}

/** A report of unknown shape as a definition list: lists become bullet lists, objects nest. */
function reportList(report) {
  const dl = el("dl");
  for (const [key, value] of Object.entries(report)) {
    dl.append(el("dt", {}, key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()), el("dd", {}, reportValue(value)));
  }
  return dl;
}

function reportItem(v) {
  if (v === null || typeof v !== "object") return String(v);
  if ("file" in v && "reason" in v) return `${v.file}: ${v.reason}`;
  return Object.entries(v).map(([k, x]) => `${k}: ${x}`).join(", ");
}

function reportValue(value) {
  if (Array.isArray(value)) {
    if (!value.length) return "none";
    return el("ul", {}, value.map((v) => el("li", {}, reportItem(v))));
  }
  if (value && typeof value === "object") return reportList(value);
  return value === null || value === undefined ? "—" : String(value);
}

$("reload-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const token = $("reload-token").value.trim();
  busy(e.target, "reload-status", "reload-error", "Reloading…", () => reload(token));
});

async function reload(token) {
  $("reload-report").hidden = true;
  if (!token) throw new Problem("Type the admin token first.");
  reloadPending = true;
  watchProgress();
  let response;
  try {
    response = await send("/api/admin/reload", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
  } finally {
    reloadPending = false;
  }
  $("reload-token").value = "";
  if (response.status === 401 || response.status === 403) {
    throw new Problem("Reload refused: that admin token is wrong.", response.status);
  }
  if (response.status === 404 || response.status === 405) {
    throw new Problem("Reload refused: reloading is turned off on this server (it needs an admin token configured).",
        response.status);
  }
  if (!response.ok) throw await problemOf(response);
  const report = await response.json().catch(() => ({}));
  // A failed reload leaves the last index serving; its report still says what was found.
  const failed = report.succeeded === false;
  const shown = Object.fromEntries(Object.entries(report).filter(([k, v]) => k !== "succeeded" && v !== null));
  $("reload-report").replaceChildren(el("h3", {}, "Reload report"), reportList(shown));
  $("reload-report").hidden = false;
  await loadCorpus();
  if (failed) {
    throw new Problem(`The reload failed, and picket still answers from the index it had: ${report.error || "no reason given"}.`);
  }
  $("reload-status").textContent = "Reloaded.";
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluate

let lastRows = [];

$("eval-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const questions = $("eval-questions").value;
  const token = $("eval-token").value.trim();
  const label = questions.trim() ? "Running the pasted questions…" : "Running the dev set…";
  busy(e.target, "eval-status", "eval-error", label, async () => {
    $("eval-result").hidden = true;
    // An evaluation costs an answer (with an LLM, a paid call) per question, so it needs the admin token.
    if (!token) throw new Problem("Type the admin token first.");
    const response = await send("/api/eval", {
      method: "POST",
      headers: { "Content-Type": "application/x-ndjson; charset=utf-8", Accept: "application/json",
        Authorization: `Bearer ${token}` },
      body: questions,
    });
    if (response.status === 401) throw new Problem("Evaluation refused: that admin token is wrong.", 401);
    if (response.status === 404) {
      throw new Problem("Evaluation refused: it is turned off on this server (it needs an admin token configured).", 404);
    }
    if (!response.ok) throw await problemOf(response);
    renderEval(await response.json());
  });
});

$("eval-questions").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    $("eval-form").requestSubmit();
  }
});

$("eval-load-dev").addEventListener("click", async () => {
  clearError("eval-error");
  try {
    const response = await send("/api/eval/dev", { headers: { Accept: "text/plain" } });
    if (!response.ok) throw await problemOf(response);
    $("eval-questions").value = await response.text();
    $("eval-questions").focus();
  } catch (e) {
    showError("eval-error", e);
  }
});

$("eval-failures").addEventListener("change", () => renderRows());

function percent(share) {
  return typeof share === "number" ? `${(share * 100).toFixed(1).replace(/\.0$/, "")} %` : "—";
}

const METRICS = { recallAt5: "recall@5", accuracy: "accuracy", citationPrecision: "citation precision",
  abstention: "abstention", falseAbstention: "false abstention" };

function renderEval(body) {
  const m = body.metrics;
  // Metrics a newer server adds (say, another recall) are shown after the known ones.
  const extra = Object.entries(m).filter(([k, v]) => !(k in METRICS) && !k.endsWith("Ms") && typeof v === "number")
      .map(([k, v]) => `${k} ${v.toFixed(3)}`);
  $("eval-summary").textContent = [
    `${body.set === "dev" ? "Dev set" : "Pasted set"}: ${body.passed} of ${body.questions} passed`,
    ...Object.entries(METRICS).map(([k, name]) => `${name} ${percent(m[k])}`),
    ...extra,
    `p50 ${Number(m.p50Ms).toFixed(1)} ms`,
    `p95 ${Number(m.p95Ms).toFixed(1)} ms`,
    `mode ${(body.modes || []).join(", ") || "—"}`,
  ].join(" · ");
  lastRows = body.rows || [];
  renderRows();
  $("eval-result").hidden = false;
  $("eval-summary").scrollIntoView({ block: "nearest" });
}

function renderRows() {
  const failuresOnly = $("eval-failures").checked;
  $("eval-table").tBodies[0].replaceChildren(...lastRows.filter((r) => !failuresOnly || !r.passed).map((r) =>
    el("tr", { class: r.passed ? "pass" : "fail" },
        el("td", {}, el("span", { class: `badge ${r.passed ? "pass" : "fail"}` }, r.passed ? "pass" : "fail"),
            el("div", { class: "hint" }, [r.id, r.kind].filter(Boolean).join(" · "))),
        el("td", {}, r.question, r.expectAbstain ? el("div", { class: "hint" }, "expected: abstain") : null),
        el("td", {}, r.answered ? r.answer : el("em", {}, "abstained")),
        el("td", {}, r.cited.length ? el("ul", {}, r.cited.map((c) => el("li", {},
            `${c.title} (${[c.source, c.published].filter(Boolean).join(", ")})`,
            c.gold ? el("span", { class: "ok-text", title: "an expected article" }, " ✓") : null))) : "—"),
        el("td", { class: "num" }, Number(r.millis).toFixed(1)))));
}

// ---------------------------------------------------------------------------------------------------------------

selectTab($("tab-" + location.hash.slice(1)) || tabs[0], false);
