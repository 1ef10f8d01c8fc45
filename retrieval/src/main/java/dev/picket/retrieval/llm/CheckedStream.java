package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.List;

import dev.picket.corpus.Sentences;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.SearchHit;

/**
 * A model's stream as the reader may see it: each sentence is checked when it is complete (when the next one has
 * begun, so markers written after its full stop are still its own), and only what verification keeps is shown,
 * numbered as the final answer numbers it. Nobody sees an unsupported claim, even for a second; the first words
 * show a sentence later than the model writes them.
 */
final class CheckedStream {

    private final CitationVerifier verifier;
    private final List<SearchHit> sources;
    private final StringBuilder written = new StringBuilder();
    private String checkedUpTo = "";
    private String shown = "";
    private boolean diverged;

    CheckedStream(CitationVerifier verifier, List<SearchHit> sources) {
        this.verifier = verifier;
        this.sources = sources;
    }

    /** Takes the model's next delta; returns the checked text it completes, empty when none. */
    synchronized String add(String delta) {
        written.append(delta);
        String text = Outcomes.withoutThinking(written.toString());
        int thinking = text.indexOf("<think>");
        String complete = completeSentences(thinking < 0 ? text : text.substring(0, thinking));
        if (complete.equals(checkedUpTo)) {
            return "";
        }
        checkedUpTo = complete;
        return show(verifier.verify(complete, sources).text());
    }

    /** The rest of the final answer, when it is the LLM's and goes on from what was shown; else nothing. */
    synchronized String rest(Answer answer) {
        if (!answer.answered() || !Answer.LLM.equals(answer.mode())) {
            return "";
        }
        return show(answer.answer());
    }

    /** What was shown so far. */
    synchronized String shown() {
        return shown;
    }

    private String show(String checked) {
        // A sentence split differently once more text came would change what was shown: show no more of it.
        if (diverged || !checked.startsWith(shown)) {
            diverged = true;
            return "";
        }
        String more = checked.substring(shown.length());
        shown = checked;
        return more;
    }

    /**
     * The text up to the last sentence that is surely complete: the next has begun with a letter, past any
     * markers; a finished line is complete.
     */
    static String completeSentences(String text) {
        int lastLine = text.lastIndexOf('\n');
        String done = lastLine < 0 ? "" : text.substring(0, lastLine);
        List<String> parts = Sentences.split(text.substring(lastLine + 1));
        List<String> complete = new ArrayList<>();
        if (parts.size() > 1) {
            String last = parts.getLast();
            String markers = DefaultCitationVerifier.leadingMarkers(last);
            boolean begun = last.substring(markers.length()).codePoints().anyMatch(Character::isLetter);
            int upTo = begun ? parts.size() - 1 : parts.size() - 2;
            complete.addAll(parts.subList(0, Math.max(0, upTo)));
            if (begun && !markers.isBlank() && !complete.isEmpty()) {
                complete.set(complete.size() - 1, complete.getLast() + " " + markers.strip());
            }
        }
        String line = String.join(" ", complete);
        return done.isEmpty() ? line : line.isEmpty() ? done : done + "\n" + line;
    }
}
