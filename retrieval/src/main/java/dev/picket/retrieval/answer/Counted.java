package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageFeatures;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What a "how many" question counts, and which sentences give a figure of it. A sentence's figures count the
 * words right after each number ("1,200 troops", "62,000 appointments cancelled", "five days of strike
 * action"): that the counted noun appears elsewhere in the sentence, or in its passage, does not make a number of
 * appointments a number of doctors.
 *
 * @param word    the noun counted ({@link AnswerType.Measured#counted})
 * @param terms   its terms with their domain equivalents and the abbreviations that hold it
 * @param literal its terms alone
 */
record Counted(String word, QuestionTerms terms, QuestionTerms literal) {

    /** How many words after a number say what it counts: the noun, and the noun of a compound ("pay uplift"). */
    private static final int WINDOW = 2;

    /**
     * How close in meaning a counted word must be to the question's, as a share of the model's passage scale:
     * "people" and "members" (0.78 with the default model), "workers" and "members" (0.47), "nurses" and
     * "staff" (0.36) are; "hospitals" and "appointments" (0.28), "patients" and "appointments" (0.32),
     * "doctors" and "appointments" (0.21) are not. A place, a person and what happens to them are near in
     * meaning, as they share contexts, but a count of one is no count of another.
     */
    static final double CLOSE = 0.34;

    private static final Pattern WORDS = Pattern.compile("[\\s\\-\u2013\u2014/]+");
    /** A figure: digits that are not a year, or a number word. */
    private static final Pattern FIGURE = Pattern.compile("(?:(?![12]\\d{3}$)\\d[\\d,.]*(?:%|st|nd|rd|th)?|one|two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|"
            + "thousand|thousands|million|millions|billion|billions|dozen|dozens)");
    /** Round counts, which give no figure of their own. */
    private static final Set<String> ROUGH = Set.of("hundreds", "thousands", "millions", "billions", "dozens");
    /** Words between a figure and what it counts that are part of the figure. */
    private static final Set<String> SCALE = Set.of("hundred", "hundreds", "thousand", "thousands", "million",
            "millions", "billion", "billions", "dozen", "dozens", "of", "per", "cent", "more", "extra", "further",
            "additional", "other", "new", "fewer", "less");

    boolean isEmpty() {
        return terms.isEmpty();
    }

    /**
     * Keeps the candidates whose figures count what the question counts. When some sentence's figure counts it
     * by its terms or their equivalents, only those. Otherwise a figure may count it in other words, close in
     * meaning ("bookings" for "appointments"), or the sentence may name it only by an abbreviation that holds
     * it ("300,000 members" of the RCN count nurses). A sentence that names it outright without a figure of it,
     * or doesn't name it, gives the figure of something else. Only a question no sentence answers by its words
     * is embedded, and only the counted words.
     *
     * <p>Each candidate's figures are read from its passage's stored features, where they are kept once worked out
     * ({@link PassageFeatures#derived}): they depend on the sentence alone, and reading them with a pattern for
     * every candidate of every "how many" question was a tenth of its answer's time.
     */
    void keep(List<SentenceChoice.Scored> candidates, SentenceSimilarity similarity,
              Function<SearchHit, PassageFeatures> features) {
        Function<SentenceChoice.Scored, Read> read = c -> features.apply(c.hit())
                .derived(Read.class, () -> new ConcurrentHashMap<String, Read>())
                .computeIfAbsent(c.sentence(), Read::of);
        List<Read> figures = new ArrayList<>(candidates.size());
        boolean anyLexical = false;
        List<Boolean> lexical = new ArrayList<>(candidates.size());
        for (SentenceChoice.Scored c : candidates) {
            Read r = read.apply(c);
            figures.add(r);
            boolean counts = terms.coverage(r.exactTerms()) > 0;
            lexical.add(counts);
            anyLexical |= counts;
        }
        if (anyLexical) {
            retain(candidates, lexical);
            return;
        }
        // A round count ("thousands of nurses") answers only when no figure does: it says less than "300,000
        // members" of the nurses' union, which is kept beside it for the question's other words to decide.
        List<List<String>> rough = figures.stream().map(Read::counted).toList();
        Set<String> close = close(rough, similarity);
        List<Boolean> kept = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Set<String> sentence = candidates.get(i).terms();
            kept.add(rough.get(i).stream().map(Counted::head).anyMatch(close::contains)
                    || terms.coverage(sentence) > 0 && literal.coverage(sentence) == 0
                    || terms.coverage(figures.get(i).allTerms()) > 0);
        }
        retain(candidates, kept);
    }

    /**
     * A sentence's figures, read once: what each counts, with round counts, and the analysed terms of what
     * they count, without round counts and with them.
     */
    private record Read(List<String> counted, Set<String> exactTerms, Set<String> allTerms) {

        static Read of(String sentence) {
            List<Figure> figures = figures(sentence);
            List<String> all = Counted.phrases(figures, true);
            return new Read(all, termsOf(Counted.phrases(figures, false)), termsOf(all));
        }

        private static Set<String> termsOf(List<String> phrases) {
            Set<String> found = new HashSet<>();
            phrases.forEach(p -> found.addAll(QueryTerms.setOf(p)));
            return found;
        }
    }

    /** The words each figure of the sentence counts, one phrase per figure; empty when it gives no figure. */
    static List<String> by(String sentence) {
        return phrases(figures(sentence), true);
    }

    /** What a figure counts, and whether the figure is only a round count ("hundreds of"). */
    private record Figure(String counted, boolean rough) {
    }

    private static List<String> phrases(List<Figure> figures, boolean withRough) {
        return figures.stream().filter(f -> withRough || !f.rough()).map(Figure::counted).toList();
    }

    private static List<Figure> figures(String sentence) {
        List<String> words = List.of(WORDS.split(sentence.toLowerCase(Locale.ROOT)));
        List<Figure> counted = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String figure = strip(words.get(i));
            if (!FIGURE.matcher(figure).matches()) {
                continue;
            }
            List<String> phrase = new ArrayList<>();
            for (int j = i + 1; j < words.size() && phrase.size() < WINDOW; j++) {
                String w = strip(words.get(j));
                boolean part = FIGURE.matcher(w).matches() || SCALE.contains(w);
                if (part && !phrase.isEmpty()) {
                    // "five days of strike action" counts days: what follows "of" is what they were of.
                    break;
                }
                if (!w.isEmpty() && !part) {
                    phrase.add(w);
                }
            }
            if (!phrase.isEmpty()) {
                counted.add(new Figure(String.join(" ", phrase), ROUGH.contains(figure)));
            }
        }
        return counted;
    }

    /** The counted words close in meaning to the question's; none without embeddings. */
    private Set<String> close(List<List<String>> counted, SentenceSimilarity similarity) {
        List<String> heads = counted.stream().flatMap(p -> p.stream().map(Counted::head)).distinct().toList();
        Set<String> close = new HashSet<>();
        if (similarity == null || heads.isEmpty()) {
            return close;
        }
        List<Double> cosines = similarity.similarity(word, List.of(), heads);
        for (int i = 0; i < heads.size(); i++) {
            if (similarity.calibration().passage(cosines.get(i)) >= CLOSE) {
                close.add(heads.get(i));
            }
        }
        return close;
    }

    private static void retain(List<SentenceChoice.Scored> candidates, List<Boolean> kept) {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (!kept.get(i)) {
                candidates.remove(i);
            }
        }
    }

    /** The counted noun itself: the first word after the figure ("troops" of "troops expected"). */
    private static String head(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    private static String strip(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1)) && word.charAt(to - 1) != '%') {
            to--;
        }
        return word.substring(from, to);
    }
}
