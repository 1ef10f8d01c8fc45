package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.picket.corpus.Sentences;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.PassageRetriever;
import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageIndex;
import dev.picket.retrieval.index.QueryTerms;

/**
 * The dispute's events in date order, built from the corpus: one line per article about the topic, the
 * sentence of it that best matches the topic, with its date and a citation. Without a topic every article is
 * listed by its headline.
 */
public final class Timeline {

    /** Articles found for a topic are read from this many passages. */
    static final int DEPTH = 50;

    private final PassageIndex index;
    private final PassageRetriever retriever;
    private final QuestionSimilarity similarity;
    private final double minEvidence;

    /**
     * @param similarity closeness in meaning, blended into relevance as the answerer does; null for terms only
     */
    public Timeline(PassageIndex index, PassageRetriever retriever, QuestionSimilarity similarity) {
        this.index = Objects.requireNonNull(index, "index");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.similarity = similarity;
        this.minEvidence = similarity == null ? ExtractiveAnswerer.DEFAULT_MIN_EVIDENCE
                : ExtractiveAnswerer.DEFAULT_MIN_FUSED_EVIDENCE;
    }

    /**
     * @param topic what the events are about, or null or blank for every article
     * @param max   the most events, the earliest kept
     */
    public List<Event> events(String topic, int max) {
        List<Event> events = new ArrayList<>();
        if (topic == null || topic.isBlank()) {
            for (SearchHit lead : leads()) {
                events.add(new Event(lead.published(), lead.title(), Citation.of(0, lead)));
            }
        } else {
            for (Line line : lines(topic)) {
                events.add(new Event(line.hit().published(), line.sentence(), Citation.of(0, line.hit())));
            }
        }
        List<Event> numbered = new ArrayList<>();
        for (int i = 0; i < Math.min(max, events.size()); i++) {
            Event e = events.get(i);
            Citation c = e.citation();
            numbered.add(new Event(e.date(), e.text(), new Citation(i + 1, c.articleId(), c.passageId(), c.title(),
                    c.source(), c.published(), c.url(), c.passage())));
        }
        return numbered;
    }

    private static final Comparator<SearchHit> BY_DATE = Comparator.comparing(SearchHit::published,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The topic's words that the articles use, in order, and its stop words: "the whole nhs strike thing" is about
     * the nhs strike when no article says "whole" or "thing". Blank when no content word of the topic is held.
     */
    String heldWords(String topic) {
        StringBuilder held = new StringBuilder();
        boolean content = false;
        for (String word : topic.split("\\s+")) {
            List<String> terms = QueryTerms.of(word);
            if (terms.stream().allMatch(t -> index.docFreq(t) > 0)) {
                held.append(held.isEmpty() ? "" : " ").append(word);
                content |= !terms.isEmpty();
            }
        }
        return content ? held.toString() : "";
    }

    /** Every article's first passage, oldest first. */
    List<SearchHit> leads() {
        List<SearchHit> leads = new ArrayList<>(index.leads());
        leads.sort(BY_DATE);
        return leads;
    }

    /** An article's first passage, looked up by itself: a digest of five lines needs five, not every lead. */
    Optional<SearchHit> lead(String articleId) {
        return index.passage(articleId, 0);
    }

    /** Each article about the topic, oldest first: its most relevant passage and the sentence that best fits. */
    List<Line> lines(String topic) {
        List<SearchHit> hits = new ArrayList<>(bestPerArticle(topic));
        hits.sort(BY_DATE);
        return hits.stream().map(h -> new Line(h, bestSentence(topic, h))).toList();
    }

    /** One article's line: the passage it comes from and the sentence quoted. */
    record Line(SearchHit hit, String sentence) {
    }

    /** Each article's most relevant passage, for the articles that are about the topic at all. */
    private List<SearchHit> bestPerArticle(String topic) {
        List<SearchHit> hits = retriever.retrieve(topic, DEPTH);
        QuestionTerms terms = QuestionTerms.weigh(topic, index);
        List<Double> cosines = similarity == null ? null : similarity.similarity(topic, hits);
        Map<String, SearchHit> best = new LinkedHashMap<>();
        Map<String, Double> bestEvidence = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            SearchHit hit = hits.get(i);
            String text = hit.title() + "\n" + hit.text();
            // "the govt" is there where the passage says "government", as the answerer's coverage reads it.
            double coverage = terms.coverage(terms.withContractions(QueryTerms.setOf(text), () -> text));
            double evidence = ExtractiveAnswerer.evidence(terms, coverage,
                    cosines == null ? null : similarity.calibration().passage(cosines.get(i)));
            if (evidence >= minEvidence && evidence > bestEvidence.getOrDefault(hit.articleId(), -1.0)) {
                best.put(hit.articleId(), hit);
                bestEvidence.put(hit.articleId(), evidence);
            }
        }
        return List.copyOf(best.values());
    }

    private static String bestSentence(String topic, SearchHit hit) {
        var topicTerms = QueryTerms.setOf(topic);
        String best = hit.title();
        int bestShared = 0;
        for (String sentence : Sentences.split(hit.text().replaceAll("\\s*\\n\\s*", " "))) {
            var shared = QueryTerms.setOf(sentence);
            shared.retainAll(topicTerms);
            if (shared.size() > bestShared) {
                best = sentence;
                bestShared = shared.size();
            }
        }
        return best;
    }

    /**
     * One line of a timeline.
     *
     * @param date     the article's publication date, or null when unknown
     * @param text     the line: a sentence of the article, or its headline
     * @param citation the passage it comes from, numbered in timeline order
     */
    public record Event(LocalDate date, String text, Citation citation) {
    }
}
