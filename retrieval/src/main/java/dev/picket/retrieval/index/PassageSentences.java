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
        for (String paragraph : passage.split("\\n\\s*\\n")) {
            out.addAll(Sentences.split(paragraph));
        }
        return out;
    }
}
