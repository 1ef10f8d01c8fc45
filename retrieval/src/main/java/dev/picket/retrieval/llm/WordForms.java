package dev.picket.retrieval.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Irregular verb forms written as their base form ("wrote", "written" as "write"; "met" as "meet"), before the
 * stemmer sees them: Porter stemming joins "writing" and "write" but can't reach "wrote". The table is the
 * standard one of English grammars, in {@code irregular-verbs.txt}; past forms that are also everyday words of
 * another meaning ("left", "found") are not in it.
 */
final class WordForms {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, String> BASE = load();

    private WordForms() {
    }

    /** The text with each irregular past form replaced by its base form; everything else as it was. */
    static String withBaseForms(String text) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String base = BASE.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(base == null ? m.group() : base));
        }
        return m.appendTail(out).toString();
    }

    /** The base form of one word, or the word itself. */
    static String base(String word) {
        return BASE.getOrDefault(word.toLowerCase(Locale.ROOT), word);
    }

    private static Map<String, String> load() {
        try (InputStream in = WordForms.class.getResourceAsStream("irregular-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("irregular-verbs.txt is missing from the jar");
            }
            Map<String, String> base = new HashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.strip().split("\\s+");
                for (int i = 1; i < cols.length; i++) {
                    for (String form : cols[i].split("/")) {
                        if (!form.equals(cols[0])) {
                            base.putIfAbsent(form, cols[0]);
                        }
                    }
                }
            }
            return Map.copyOf(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
