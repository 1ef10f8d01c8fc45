package dev.picket.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Site boilerplate as data: a list of (scope, pattern) rules, read from a tab-separated file. The bundled
 * rules live in {@code boilerplate-rules.tsv}; a moderator can add their own file on top.
 */
public final class BoilerplateRules {

    enum Scope { PARAGRAPH, TAIL, INLINE }

    record Rule(Scope scope, Pattern pattern) {
    }

    private static final String BUNDLED = "boilerplate-rules.tsv";

    private final List<Rule> rules;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The bundled rules. */
    public static BoilerplateRules defaults() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + BUNDLED + " is missing from the classpath");
            }
            return new BoilerplateRules(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().toList(), BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled rules plus those in {@code extra}; a malformed line there fails with its line number. */
    public static BoilerplateRules defaultsPlus(Path extra) throws IOException {
        List<Rule> all = new ArrayList<>(defaults().rules);
        all.addAll(parse(Files.readAllLines(extra, StandardCharsets.UTF_8), extra.toString()));
        return new BoilerplateRules(all);
    }

    static List<Rule> parse(List<String> lines, String origin) {
        List<Rule> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": expected scope<TAB>regex");
            }
            Scope scope;
            try {
                scope = Scope.valueOf(line.substring(0, tab).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1)
                        + ": scope must be paragraph, tail or inline");
            }
            try {
                out.add(new Rule(scope, Pattern.compile(line.substring(tab + 1),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": bad regex: "
                        + e.getDescription());
            }
        }
        return out;
    }

    /** Removes boilerplate from a list of whitespace-normalised paragraphs. */
    List<String> apply(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String p = paragraph;
            for (Rule rule : rules) {
                if (rule.scope() == Scope.INLINE) {
                    p = rule.pattern().matcher(p).replaceAll("").strip();
                }
            }
            if (!p.isEmpty() && !matchesParagraphRule(p)) {
                kept.add(p);
            }
        }
        return cutTail(kept);
    }

    private boolean matchesParagraphRule(String paragraph) {
        for (Rule rule : rules) {
            if (rule.scope() == Scope.PARAGRAPH && rule.pattern().matcher(paragraph).find()) {
                return true;
            }
        }
        return false;
    }

    private List<String> cutTail(List<String> paragraphs) {
        for (int i = 0; i < paragraphs.size(); i++) {
            for (Rule rule : rules) {
                if (rule.scope() != Scope.TAIL) {
                    continue;
                }
                Matcher m = rule.pattern().matcher(paragraphs.get(i));
                if (m.find()) {
                    List<String> out = new ArrayList<>(paragraphs.subList(0, i));
                    String head = paragraphs.get(i).substring(0, m.start()).strip();
                    if (!head.isEmpty()) {
                        out.add(head);
                    }
                    return out;
                }
            }
        }
        return paragraphs;
    }
}
