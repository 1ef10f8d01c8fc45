package dev.picket.retrieval.index;

import java.util.ArrayList;
import java.util.List;

import dev.picket.corpus.Sentences;

/** A passage's sentences, paragraph by paragraph: the units the extractive answerer quotes. */
public final class PassageSentences {

    private PassageSentences() {
    }

    public static List<String> of(String passage) {
        List<String> out = new ArrayList<>();
        if (passage == null) {
            return out;
        }
        int start = 0;
        int i = 0;
        while (i < passage.length()) {
            if (passage.charAt(i) != '\n') {
                i++;
                continue;
            }
            // Paragraphs part at a line break, white space and a line break, as split("\\n\\s*\\n") cut them
            // (greedy, to the run's last line break); a scan because indexing splits every passage.
            int j = i + 1;
            int lastBreak = -1;
            while (j < passage.length() && isSpace(passage.charAt(j))) {
                if (passage.charAt(j) == '\n') {
                    lastBreak = j;
                }
                j++;
            }
            if (lastBreak < 0) {
                i = j;
                continue;
            }
            out.addAll(Sentences.split(passage.substring(start, i)));
            start = lastBreak + 1;
            i = start;
        }
        out.addAll(Sentences.split(passage.substring(start)));
        return out;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
