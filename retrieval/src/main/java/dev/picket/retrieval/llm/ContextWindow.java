package dev.picket.retrieval.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.answer.QuestionBreadth;

/**
 * The passages an LLM is given for a question. A fact needs few; a list, an overview, a cause or a vague question
 * needs more, because its answer is spread over articles. For those no article takes more than about half the
 * places while others have candidates (for a fact, all but one), so the second article a "which unions" question needs is not crowded out by the first.
 * Passages of one article that follow each other become one source, read as the article reads. The sources stop
 * at a token budget, so a broad question cannot make the prompt as long as the corpus.
 */
final class ContextWindow {

    /** A rough tokens-per-character rate for English prose, on the safe side for most tokenisers. */
    static final double TOKENS_PER_CHAR = 0.3;
    /** What a source's element costs beyond its text: headline, outlet, date and tags. */
    static final int TOKENS_PER_SOURCE = 40;

    private final PassageRetriever retriever;
    private final int factPassages;
    private final int broadPassages;
    private final int maxTokens;

    ContextWindow(PassageRetriever retriever, int factPassages, int broadPassages, int maxTokens) {
        this.retriever = retriever;
        this.factPassages = factPassages;
        this.broadPassages = Math.max(factPassages, broadPassages);
        this.maxTokens = maxTokens;
    }

    List<SearchHit> select(String question) {
        boolean broad = QuestionBreadth.isBroad(question);
        int k = broad ? broadPassages : factPassages;
        List<SearchHit> candidates = retriever.retrieve(question, 2 * k);
        // A fact is usually in one article, which may fill all but one place; a broad answer needs several.
        return withinBudget(merged(capped(candidates, k, broad ? (k + 1) / 2 : Math.max(1, k - 1))));
    }

    /** The best k candidates, at most {@code perArticle} from one article unless no other article has any. */
    static List<SearchHit> capped(List<SearchHit> candidates, int k, int perArticle) {
        List<SearchHit> kept = new ArrayList<>();
        List<SearchHit> overflow = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        for (SearchHit hit : candidates) {
            if (kept.size() == k) {
                break;
            }
            if (taken.merge(hit.articleId(), 1, Integer::sum) <= perArticle) {
                kept.add(hit);
            } else {
                overflow.add(hit);
            }
        }
        for (int i = 0; i < overflow.size() && kept.size() < k; i++) {
            kept.add(overflow.get(i));
        }
        List<SearchHit> ranked = new ArrayList<>(kept);
        ranked.sort(Comparator.comparingInt(candidates::indexOf));
        return ranked;
    }

    /**
     * Runs of consecutive passages of one article joined into one source, placed where its best passage ranked,
     * with that passage's score and the id of the run's first passage.
     */
    static List<SearchHit> merged(List<SearchHit> ranked) {
        List<List<SearchHit>> runs = new ArrayList<>();
        for (SearchHit hit : ranked) {
            List<SearchHit> run = runs.stream().filter(r -> continues(r, hit)).findFirst().orElse(null);
            if (run == null) {
                runs.add(new ArrayList<>(List.of(hit)));
            } else {
                run.add(hit);
                run.sort(Comparator.comparingInt(SearchHit::ordinal));
                // A passage can join two runs into one (3 and 5 kept, then 4); the joined run keeps the better place.
                runs.stream().filter(r -> r != run && (continues(run, r.getFirst()) || continues(r, run.getFirst())))
                        .findFirst().ifPresent(other -> {
                            List<SearchHit> later = runs.indexOf(other) > runs.indexOf(run) ? other : run;
                            List<SearchHit> earlier = later == other ? run : other;
                            earlier.addAll(later);
                            earlier.sort(Comparator.comparingInt(SearchHit::ordinal));
                            runs.remove(later);
                        });
            }
        }
        return runs.stream().map(ContextWindow::joined).toList();
    }

    private static boolean continues(List<SearchHit> run, SearchHit hit) {
        return run.getFirst().articleId().equals(hit.articleId())
                && (hit.ordinal() == run.getLast().ordinal() + 1 || hit.ordinal() == run.getFirst().ordinal() - 1);
    }

    private static SearchHit joined(List<SearchHit> run) {
        SearchHit first = run.getFirst();
        if (run.size() == 1) {
            return first;
        }
        StringBuilder text = new StringBuilder();
        run.forEach(h -> text.append(text.isEmpty() ? "" : "\n\n").append(h.text()));
        double best = run.stream().mapToDouble(SearchHit::score).max().orElse(first.score());
        return new SearchHit(first.passageId(), first.articleId(), first.ordinal(), first.title(), first.source(),
                first.published(), first.url(), text.toString(), best);
    }

    /** The sources in order until the next would pass the budget; the first always goes in. */
    List<SearchHit> withinBudget(List<SearchHit> sources) {
        List<SearchHit> out = new ArrayList<>();
        int used = 0;
        for (SearchHit source : sources) {
            int cost = tokens(source.text());
            if (!out.isEmpty() && used + cost > maxTokens) {
                break;
            }
            out.add(source);
            used += cost;
        }
        return out;
    }

    static int tokens(String text) {
        return TOKENS_PER_SOURCE + (int) Math.ceil(text.length() * TOKENS_PER_CHAR);
    }
}
