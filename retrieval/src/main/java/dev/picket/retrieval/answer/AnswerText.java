package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.picket.retrieval.Citation;
import dev.picket.retrieval.search.TimeIntent;

/** The quoted sentences as an answer: each followed by the {@code [n]} of its passage, numbered in order of use. */
final class AnswerText {

    /** Opening words that take a lower case after "As of July 2025, "; names and acronyms keep theirs. */
    private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "It", "This", "That", "There",
            "They", "These", "Those", "He", "She", "We", "In", "On", "At", "For", "But", "And", "However",
            "Meanwhile", "Earlier", "Both", "Its", "Their", "Now", "After", "Before", "When", "While");

    final String text;
    final List<Citation> citations;

    private AnswerText(String text, List<Citation> citations) {
        this.text = text;
        this.citations = citations;
    }

    static AnswerText of(String question, List<SentenceChoice.Scored> chosen) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        String asOf = asOf(question, chosen);
        for (SentenceChoice.Scored s : chosen) {
            int n = numbers.computeIfAbsent(s.hit().passageId(), id -> {
                citations.add(Citation.of(numbers.size() + 1, s.hit()));
                return numbers.size() + 1;
            });
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(text.isEmpty() ? asOf + decapitalised(s.sentence(), !asOf.isEmpty()) : s.sentence())
                    .append(" [").append(n).append(']');
        }
        return new AnswerText(text.toString(), citations);
    }

    /**
     * "As of July 2025, " when the question asks about the present, so a reader knows how old the news is.
     */
    private static String asOf(String question, List<SentenceChoice.Scored> chosen) {
        if (chosen.isEmpty() || !TimeIntent.of(question).recent() || chosen.getFirst().hit().published() == null) {
            return "";
        }
        LocalDate d = chosen.getFirst().hit().published();
        return "As of " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear() + ", ";
    }

    private static String decapitalised(String sentence, boolean after) {
        if (!after) {
            return sentence;
        }
        int space = sentence.indexOf(' ');
        String first = space < 0 ? sentence : sentence.substring(0, space);
        return SENTENCE_OPENERS.contains(first)
                ? Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1) : sentence;
    }
}
