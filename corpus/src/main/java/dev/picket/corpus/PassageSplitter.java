package dev.picket.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs paragraphs into passages of roughly {@code minWords}–{@code maxWords} words. A paragraph is kept whole
 * where it fits; a longer one is split at sentence boundaries; a single sentence longer than {@code maxWords} (or
 * than {@code maxWords} times {@link #CHARS_PER_WORD} characters) is cut at words, so no passage is unbounded.
 */
public final class PassageSplitter {

    // Generous for English (about six characters a word), tight enough that a run without spaces stays small.
    static final int CHARS_PER_WORD = 10;

    private final int minWords;
    private final int maxWords;
    private final int maxChars;

    public PassageSplitter(int minWords, int maxWords) {
        if (minWords < 1 || maxWords < minWords) {
            throw new IllegalArgumentException("need 1 <= minWords <= maxWords, got " + minWords + ", " + maxWords);
        }
        this.minWords = minWords;
        this.maxWords = maxWords;
        this.maxChars = maxWords * CHARS_PER_WORD;
    }

    public static PassageSplitter defaults() {
        return new PassageSplitter(60, 150);
    }

    /** Splits cleaned text (paragraphs separated by blank lines) into passage texts. */
    public List<String> split(String text) {
        List<String> units = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() <= maxChars && Words.count(p) <= maxWords) {
                units.add(p);
            } else {
                units.addAll(packSentences(Sentences.split(p)));
            }
        }
        return pack(units);
    }

    private List<String> packSentences(List<String> sentences) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String sentence : sentences.stream().flatMap(s -> Words.cut(s, maxWords, maxChars).stream()).toList()) {
            int n = Words.count(sentence);
            if (words > 0 && (words + n > maxWords || current.length() + 1 + sentence.length() > maxChars)) {
                out.add(current.toString());
                current.setLength(0);
                words = 0;
            }
            if (words > 0) {
                current.append(' ');
            }
            current.append(sentence);
            words += n;
        }
        if (words > 0) {
            out.add(current.toString());
        }
        return out;
    }

    // Joins whole paragraphs (or paragraph pieces) until the next one would overflow maxWords. A short
    // remainder at the end joins the previous passage rather than standing alone as a fragment.
    private List<String> pack(List<String> units) {
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int words = 0;
        for (String unit : units) {
            int n = Words.count(unit);
            boolean overWords = words + n > maxWords
                    && (words >= minWords / 2 || words + n > maxWords + minWords / 2);
            if (words > 0 && (overWords || current.length() + 2 + unit.length() > maxChars)) {
                passages.add(current.toString());
                current.setLength(0);
                words = 0;
            }
            if (words > 0) {
                current.append("\n\n");
            }
            current.append(unit);
            words += n;
        }
        if (words > 0) {
            int last = passages.size() - 1;
            if (words < minWords / 2 && last >= 0
                    && Words.count(passages.get(last)) + words <= maxWords + minWords / 2
                    && passages.get(last).length() + 2 + current.length() <= maxChars) {
                passages.set(last, passages.get(last) + "\n\n" + current);
            } else {
                passages.add(current.toString());
            }
        }
        return passages;
    }
}
