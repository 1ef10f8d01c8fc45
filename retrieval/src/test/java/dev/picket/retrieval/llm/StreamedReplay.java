package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.List;

/** A model's text cut into deltas the size real models stream: a few characters, cut mid-word. */
final class StreamedReplay {

    static final int DELTA = 5;

    private StreamedReplay() {
    }

    static List<String> deltas(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += DELTA) {
            out.add(text.substring(i, Math.min(text.length(), i + DELTA)));
        }
        return out;
    }
}
