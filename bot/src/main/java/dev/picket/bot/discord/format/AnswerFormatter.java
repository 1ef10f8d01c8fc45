package dev.picket.bot.discord.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;

/**
 * Turns answers into Discord messages: the answer text with its {@code [n]} markers, then one "Sources" line per
 * citation, split to Discord's message size. Everything that came from an article or a user is escaped.
 */
public final class AnswerFormatter {

    public static final String WRITING = "✍️ *writing…*";
    static final int MAX_HEADLINE = 200;
    static final int MAX_QUOTED_QUESTION = 300;
    static final int MAX_MESSAGES = 3;
    static final String MORE_IN_SOURCES = "*…more in the sources.*";

    private final MessageSplitter splitter;
    private final Supplier<CorpusSummary> corpus;

    public AnswerFormatter(MessageSplitter splitter, Supplier<CorpusSummary> corpus) {
        this.splitter = splitter;
        this.corpus = corpus;
    }

    /** The final answer (or abstention), with feedback buttons voting on {@code feedbackId}. */
    public Reply answer(String quotedQuestion, Answer answer, String feedbackId) {
        StringBuilder text = header(quotedQuestion);
        String tail = "";
        if (answer.isHelp()) {
            text.append(DiscordText.escapeAnswer(answer.answer().strip()));
        } else if (!answer.answered()) {
            text.append(abstention());
        } else {
            text.append(DiscordText.escapeAnswer(answer.answer().strip()));
            if (!answer.citations().isEmpty()) {
                tail = sources(answer.citations());
            }
        }
        List<String> whole = splitter.split(tail.isEmpty() ? text.toString() : text + "\n\n" + tail);
        return new Reply(whole.size() <= MAX_MESSAGES ? whole : shortened(text.toString(), tail), feedbackId);
    }

    // A reply past MAX_MESSAGES keeps the sources whole and as much of the answer as fits before them.
    private List<String> shortened(String body, String tail) {
        List<String> sourceParts = tail.isEmpty() ? List.of() : splitter.split(tail);
        int keep = Math.max(1, MAX_MESSAGES - sourceParts.size());
        List<String> parts = new ArrayList<>(splitter.split(body).subList(0, keep));
        String last = parts.getLast();
        int room = splitter.limit() - MORE_IN_SOURCES.length() - 2;
        if (last.length() > room) {
            int cut = last.lastIndexOf(' ', room - 1);
            last = last.substring(0, cut > 0 ? cut : room);
        }
        parts.set(keep - 1, last + "\n\n" + MORE_IN_SOURCES);
        parts.addAll(sourceParts);
        return parts.subList(0, Math.min(parts.size(), MAX_MESSAGES));
    }

    /**
     * A streamed answer so far: the text written yet, the "writing…" marker, and the candidate sources. It is one
     * message, so long text is cut at a word, from the end, to leave room for the sources.
     */
    public Reply progress(String quotedQuestion, String partialText, List<Citation> sources) {
        String head = header(quotedQuestion).toString();
        String tail = sources.isEmpty() ? "" : "\n\n" + sources(sources);
        String body = DiscordText.escapeAnswer(partialText.strip());
        int room = splitter.limit() - head.length() - tail.length() - WRITING.length() - 2;
        if (room < 0) {
            tail = "";
            room = splitter.limit() - head.length() - WRITING.length() - 2;
        }
        if (body.length() > room) {
            int cut = body.lastIndexOf(' ', room - 1);
            body = body.substring(0, cut > 0 ? cut : Math.max(room - 1, 0)) + "…";
        }
        String text = head + (body.isEmpty() ? WRITING : body + " " + WRITING) + tail;
        return Reply.of(text);
    }

    /** A kind message for a failure; the reference id is also in the log, beside the stack trace. */
    public Reply failure(String referenceId) {
        return Reply.of("Sorry, something went wrong on my side while answering. Please try again in a moment; if it "
                + "keeps happening, tell a moderator the reference `" + referenceId + "`.");
    }

    /** What to say when the articles do not answer the question: what they do cover, and what to try. */
    public String abstention() {
        CorpusSummary summary = corpus.get();
        if (summary.articles() == 0) {
            return "I can't answer that yet: I have no articles loaded. Please try again later.";
        }
        return "I couldn't find that in my articles, so I won't guess. They cover NHS strikes: "
                + summary.describe() + ". Try asking about strike dates, pay offers, unions or the government's "
                + "response, or use `/sources` to see every article.";
    }

    /** One line per source: {@code [n] Outlet, 11 Dec 2022 — Headline}, the headline linked when a url is known. */
    static String sources(List<Citation> citations) {
        List<String> lines = new ArrayList<>();
        lines.add("**Sources:**");
        for (Citation c : citations) {
            lines.add(SourceLine.of(c));
        }
        return String.join("\n", lines);
    }

    private static StringBuilder header(String quotedQuestion) {
        StringBuilder s = new StringBuilder();
        if (quotedQuestion != null && !quotedQuestion.isBlank()) {
            String q = quotedQuestion.strip().replaceAll("\\s+", " ");
            if (q.length() > MAX_QUOTED_QUESTION) {
                q = q.substring(0, MAX_QUOTED_QUESTION) + "…";
            }
            s.append("> ").append(DiscordText.escape(q)).append("\n");
        }
        return s;
    }
}
