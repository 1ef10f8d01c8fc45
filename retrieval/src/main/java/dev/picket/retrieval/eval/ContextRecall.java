package dev.picket.retrieval.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dev.picket.retrieval.SearchHit;

/**
 * Whether the evidence reaches the model: for each answerable question with gold articles, whether the sources
 * it is given hold a passage of a gold article (of every gold article, for the stricter figure). A model cannot
 * cite what it was never shown, so this bounds an LLM answer's accuracy from above.
 *
 * @param questions  answerable questions with gold articles
 * @param anyGold    those whose sources include a gold article
 * @param allGold    those whose sources include every gold article
 * @param withAnswer those whose gold sources hold the expected answer text itself: the right passage, not just
 *                   the right article (the sets name no gold passages, so the expected text stands in for them)
 * @param sources    sources given, over all those questions
 * @param characters the sources' text, over all those questions
 * @param missed     the questions without any gold article in their sources
 */
public record ContextRecall(int questions, int anyGold, int allGold, int withAnswer, int sources, long characters,
                            List<EvalQuestion> missed) {

    public ContextRecall {
        missed = List.copyOf(missed);
    }

    /** @param context what the model is given for a question, as the answerer would give it */
    public static ContextRecall measure(List<EvalQuestion> set, Function<String, List<SearchHit>> context) {
        int questions = 0;
        int any = 0;
        int all = 0;
        int answer = 0;
        int sources = 0;
        long characters = 0;
        List<EvalQuestion> missed = new ArrayList<>();
        for (EvalQuestion q : set) {
            if (q.expectAbstain() || q.gold().isEmpty()) {
                continue;
            }
            List<SearchHit> given = context.apply(q.question());
            questions++;
            sources += given.size();
            characters += given.stream().mapToLong(h -> h.text().length()).sum();
            if (given.stream().anyMatch(h -> q.isGold(h.articleId()))) {
                any++;
            } else {
                missed.add(q);
            }
            String goldText = String.join("\n", given.stream().filter(h -> q.isGold(h.articleId()))
                    .map(SearchHit::text).toList());
            if (!goldText.isEmpty() && q.isCorrect(goldText)) {
                answer++;
            }
            if (q.gold().stream().allMatch(g -> given.stream().anyMatch(h -> h.articleId().startsWith(g)))) {
                all++;
            }
        }
        return new ContextRecall(questions, any, all, answer, sources, characters, missed);
    }

    /** The share of questions whose sources hold a gold article. */
    public double recall() {
        return questions == 0 ? 0 : (double) anyGold / questions;
    }

    public double allGoldRecall() {
        return questions == 0 ? 0 : (double) allGold / questions;
    }

    /** The share of questions whose gold sources hold the expected answer text. */
    public double answerRecall() {
        return questions == 0 ? 0 : (double) withAnswer / questions;
    }

    public String format() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "context recall     %.1f %% (%d/%d); every gold article %.1f %% (%d/%d); answer text %.1f %% (%d/%d);"
                        + " %.1f sources, %.0f chars a question%n", recall() * 100, anyGold, questions,
                allGoldRecall() * 100, allGold, questions, answerRecall() * 100, withAnswer, questions,
                questions == 0 ? 0.0 : (double) sources / questions,
                questions == 0 ? 0.0 : (double) characters / questions));
        missed.forEach(q -> out.append(String.format(Locale.ROOT, "  no gold source   %-4s %s%n", q.id(), q.question())));
        return out.toString();
    }
}
