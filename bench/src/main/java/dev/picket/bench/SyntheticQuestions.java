package dev.picket.bench;

import static dev.picket.bench.StrikeLexicon.STAFF;
import static dev.picket.bench.StrikeLexicon.UNIONS_ASKED;
import static dev.picket.bench.StrikeLexicon.capitalised;
import static dev.picket.bench.StrikeLexicon.fill;
import static dev.picket.bench.StrikeLexicon.person;
import static dev.picket.bench.StrikeLexicon.pick;
import static dev.picket.bench.StrikeLexicon.place;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The questions a benchmark asks of a {@link SyntheticCorpus}, seeded like the corpus. */
final class SyntheticQuestions {

    private static final int TYPO_ONE_IN = 20;
    /** Question frames, phrased unlike any sentence of the corpus; {T} is a content word of the vocabulary. */
    private static final String[] QUESTIONS = {
        "What has {PERSON} said about the {T}?",
        "Is there any news on {T} and {T} for {STAFF}?",
        "How did the {T} affect {STAFF} in {PLACE}?",
        "Which {STAFF} stopped work over {T} in {YEAR}?",
        "What changed for {STAFF} after the {T} {T}?",
        "Why were {T} and {T} raised by union leaders?",
        "When will staff at {PLACE} hospitals stop striking over {T}?",
        "Did the deal with {UNION_ASKED} include {T}?",
        "Who was blamed for the {T} {T} at {PLACE}?",
        "What do {STAFF} think of the {T}?",
        "{STAFF} strike {T} {T} {T}",
        "Has {PERSON} from {PLACE} commented on {T} {T}?",
    };

    private SyntheticQuestions() {
    }

    /**
     * Questions a reader of such a corpus might ask: five to twelve words, phrased unlike its sentences, about
     * its staff groups, places and people and about words drawn from the same vocabulary, common and rare alike
     * (a rare one may be in no article of a small corpus). One in twenty has a typo.
     */
    static List<String> generate(int count, long seed) {
        NewsVocabulary words = NewsVocabulary.english();
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String frame = QUESTIONS[r.nextInt(QUESTIONS.length)];
            StringBuilder q = new StringBuilder(frame.length() + 40);
            fill(frame, q, slot -> switch (slot) {
                case "T" -> words.contentWord(r);
                case "PERSON" -> person(r);
                case "STAFF" -> pick(STAFF, r);
                case "PLACE" -> place(r);
                case "YEAR" -> Integer.toString(2022 + r.nextInt(5));
                case "UNION_ASKED" -> pick(UNIONS_ASKED, r);
                default -> throw new IllegalArgumentException("no slot " + slot);
            });
            out.add(capitalised(r.nextInt(TYPO_ONE_IN) == 0 ? withTypo(q.toString(), r) : q.toString()));
        }
        return out;
    }

    /** The question with one word of six letters or more mistyped: two letters swapped, one dropped or doubled. */
    private static String withTypo(String question, SplittableRandom r) {
        String[] tokens = question.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() >= 6 && tokens[i].chars().allMatch(Character::isLetter)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return question;
        }
        int t = candidates.get(r.nextInt(candidates.size()));
        String w = tokens[t];
        // Not the first two letters: people rarely mistype those, and picket's correction keeps them fixed.
        int at = 2 + r.nextInt(w.length() - 3);
        tokens[t] = switch (r.nextInt(3)) {
            case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            default -> w.substring(0, at) + w.charAt(at) + w.substring(at);
        };
        return String.join(" ", tokens);
    }
}
