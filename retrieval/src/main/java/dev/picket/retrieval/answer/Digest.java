package dev.picket.retrieval.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageSentences;
import dev.picket.retrieval.index.QueryTerms;

/**
 * Answers built on the timeline rather than on one passage: an overview ("tl;dr") as one dated, cited sentence
 * per article in date order; the latest news ("any news?") from the newest article; and, for a greeting or
 * "what can you do", what the articles cover.
 */
final class Digest {

    /** A digest says what happened, not everything: at most this many articles, spread over the whole time. */
    static final int MAX_LINES = 5;
    /** Sentences the latest article's news is told in. */
    private static final int LATEST_SENTENCES = 2;
    /** A lead sentence shorter than this is a dateline or a caption, not the news. */
    private static final int MIN_WORDS = 8;

    private final Timeline timeline;
    private final Scope scope;
    private final Function<String, QuestionTerms> termsOf;
    private final KeyPoint keyPoint;

    /**
     * @param termsOf  a topic's words as the answerer weighs them, with their equivalents ("rcn" for "nurses")
     * @param keyPoint what a topic's dispute is about, told in its overview
     */
    Digest(Timeline timeline, Scope scope, Function<String, QuestionTerms> termsOf, KeyPoint keyPoint) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.termsOf = Objects.requireNonNull(termsOf, "termsOf");
        this.keyPoint = Objects.requireNonNull(keyPoint, "keyPoint");
    }

    /** The sentence that says what a part of the dispute is about ("the RCN is demanding …"), if one does. */
    @FunctionalInterface
    interface KeyPoint {
        /** @param words the topic's words that name a part of the dispute ({@link #namedWords}) */
        Optional<SentenceChoice.Scored> of(String words);
    }

    /**
     * The dispute, or the topic's part of it, in date order: one cited sentence per article.
     *
     * @param span the days the request asks about ("the 2022 strikes", "from 2022 to now")
     */
    Optional<AnswerText> overview(String topic, AskedSpan span) {
        List<AnswerText.Quote> quotes = new ArrayList<>();
        if (topic.isBlank() || namesTheWhole(topic)) {
            List<SearchHit> leads = timeline.leads().stream().filter(scope::covers).toList();
            for (SearchHit lead : spread(inSpan(leads, SearchHit::published, span))) {
                leadSentences(lead, 1).forEach(s -> quotes.add(dated(lead, s)));
            }
        } else {
            List<Timeline.Line> lines = lines(topic);
            String read = topic;
            String held = lines.isEmpty() ? timeline.heldWords(topic) : "";
            if (!held.isBlank() && aboutTheSubject(held)) {
                // A topic in chat words ("the whole nhs strike thing") is read as the words of it the articles
                // use, when those still name picket's subject: "the world cup" is not about "world".
                read = held;
                lines = lines(held);
            }
            String named = namedWords(read);
            lines = inSpan(about(lines, named), l -> l.hit().published(), span);
            Set<String> topicTerms = QueryTerms.setOf(read);
            // What the topic's dispute is about tells its background better than the lead of the article saying it.
            SentenceChoice.Scored point = lines.isEmpty() || named.isEmpty() ? null : keyPoint.of(named).orElse(null);
            for (Timeline.Line line : spread(lines)) {
                if (point != null && point.hit().articleId().equals(line.hit().articleId())) {
                    quotes.add(dated(point.hit(), point.sentence()));
                    point = null;
                    continue;
                }
                // An article's lead says what happened; its best-matching sentence only what shares the words.
                SearchHit lead = timeline.lead(line.hit().articleId()).orElse(null);
                List<String> opening = lead == null ? List.of() : leadSentences(lead, 1);
                boolean leadFits = !opening.isEmpty()
                        && QueryTerms.setOf(opening.getFirst()).stream().anyMatch(topicTerms::contains);
                quotes.add(leadFits ? dated(lead, opening.getFirst()) : dated(line.hit(), line.sentence()));
            }
            if (point != null) {
                quotes.add(inDateOrder(quotes, point.hit()), dated(point.hit(), point.sentence()));
            }
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(AnswerText.of(quotes, "\n"));
    }

    /** The topic's words that name a part of the dispute ({@link OverviewTopic#namedWords}). */
    private String namedWords(String topic) {
        return OverviewTopic.namedWords(timeline.heldWords(topic));
    }

    private boolean namesTheWhole(String topic) {
        return OverviewTopic.namesTheWhole(topic, timeline.heldWords(topic));
    }

    /**
     * The articles whose headline or lead names the topic, in date order: a news report says in its lead what it is
     * about, and one that names nurses only in passing ("doctors, nurses and other staff") is not about the nurses.
     * Such an article the topic's lines missed joins them with its lead; when no lead names the topic (a detail as
     * "the workforce plan"), the lines stay as found.
     */
    private List<Timeline.Line> about(List<Timeline.Line> lines, String words) {
        QuestionTerms named = words.isEmpty() ? QuestionTerms.NONE : termsOf.apply(words);
        if (named.isEmpty()) {
            return lines;
        }
        Map<String, Timeline.Line> found = new HashMap<>();
        lines.forEach(l -> found.put(l.hit().articleId(), l));
        List<Timeline.Line> out = new ArrayList<>();
        for (SearchHit lead : timeline.leads()) {
            if (!scope.covers(lead)) {
                continue;
            }
            if (OverviewTopic.names(lead, named)) {
                Timeline.Line line = found.get(lead.articleId());
                out.add(line != null ? line : new Timeline.Line(lead, OverviewTopic.naming(lead, named)));
            }
        }
        return out.isEmpty() ? lines : out;
    }

    /** "the 2022 nurse strikes": the items of the days asked about, when there are any, else all of them. */
    private static <T> List<T> inSpan(List<T> items, Function<T, LocalDate> day, AskedSpan span) {
        if (span.isAll()) {
            return items;
        }
        List<T> in = items.stream().filter(i -> span.covers(day.apply(i))).toList();
        return in.isEmpty() ? items : in;
    }

    /** Where a quote of this hit goes among quotes in date order: after those of its day and before. */
    private static int inDateOrder(List<AnswerText.Quote> quotes, SearchHit hit) {
        if (hit.published() == null) {
            return quotes.size();
        }
        int i = 0;
        while (i < quotes.size() && (quotes.get(i).hit().published() == null
                || !quotes.get(i).hit().published().isAfter(hit.published()))) {
            i++;
        }
        return i;
    }

    private boolean aboutTheSubject(String topic) {
        return scope.isEverything() || QueryTerms.setOf(topic).stream().anyMatch(scope.terms()::contains);
    }

    private List<Timeline.Line> lines(String topic) {
        return timeline.lines(topic).stream().filter(l -> scope.covers(l.hit())).toList();
    }

    /** What the newest article says, dated: "As of 30 July 2025, …". */
    Optional<AnswerText> latest() {
        return newest(timeline.leads().stream().filter(scope::covers).toList());
    }

    /**
     * The latest news of a topic: of the whole dispute when the topic names nothing narrower ("any updates on the
     * strike front"), else of the newest article about the part it names ("anything new from the nurses"). Empty
     * when no article's lead is about it (a detail as "the workforce plan"), which the passages that cover it answer.
     */
    Optional<AnswerText> latest(String topic) {
        if (namesTheWhole(topic)) {
            return latest();
        }
        String named = namedWords(topic);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        QuestionTerms terms = termsOf.apply(named);
        return newest(timeline.leads().stream().filter(l -> scope.covers(l) && OverviewTopic.names(l, terms)).toList());
    }

    private static Optional<AnswerText> newest(List<SearchHit> leads) {
        Optional<SearchHit> newest = leads.stream().filter(h -> h.published() != null)
                .max(Comparator.comparing(SearchHit::published));
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        SearchHit lead = newest.get();
        List<String> sentences = leadSentences(lead, LATEST_SENTENCES);
        List<AnswerText.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            quotes.add(new AnswerText.Quote(lead, i == 0 ? AnswerText.asOf(lead.published(), sentences.get(i))
                    : sentences.get(i)));
        }
        return quotes.isEmpty() ? Optional.empty() : Optional.of(AnswerText.of(quotes, " "));
    }

    /** What picket covers and how to ask it, for small talk: neither an answer nor a refusal. */
    String help() {
        List<SearchHit> leads = timeline.leads();
        if (leads.isEmpty()) {
            return "Hi! I answer questions about NHS strikes from news articles, but I have none yet.";
        }
        Set<String> outlets = new LinkedHashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (SearchHit lead : leads) {
            if (lead.source() != null && !lead.source().isBlank()) {
                outlets.add(lead.source().strip());
            }
            LocalDate d = lead.published();
            if (d != null) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        StringBuilder text = new StringBuilder("Hi! I answer questions about NHS strikes from ")
                .append(leads.size()).append(leads.size() == 1 ? " news article" : " news articles");
        if (!outlets.isEmpty()) {
            List<String> names = List.copyOf(outlets);
            text.append(" (").append(String.join(", ", names.subList(0, Math.min(5, names.size()))))
                    .append(names.size() > 5 ? " and " + (names.size() - 5) + " more" : "").append(')');
        }
        if (first != null) {
            text.append(first.equals(last) ? ", from " + AnswerText.day(first)
                    : ", from " + AnswerText.day(first) + " to " + AnswerText.day(last));
        }
        return text.append(". Every answer cites its sources, and I say so when they don't cover a question. ")
                .append("Try \"why are nurses striking?\", \"any news?\", \"tl;dr\" or \"what do the doctors want?\"")
                .toString();
    }

    private static AnswerText.Quote dated(SearchHit hit, String sentence) {
        return new AnswerText.Quote(hit, hit.published() == null ? sentence
                : AnswerText.day(hit.published()) + ": " + sentence);
    }

    /** The opening sentences of an article's lead passage that read as news, not as a dateline or a caption. */
    static List<String> leadSentences(SearchHit lead, int max) {
        List<String> out = new ArrayList<>();
        for (String sentence : PassageSentences.of(lead.text())) {
            if (out.size() == max) {
                break;
            }
            if (sentence.split("\\s+").length >= MIN_WORDS) {
                out.add(sentence);
            }
        }
        return out;
    }

    /** At most {@link #MAX_LINES} items, evenly spaced over the list, so a digest spans the whole time. */
    static <T> List<T> spread(List<T> items) {
        if (items.size() <= MAX_LINES) {
            return items;
        }
        List<T> out = new ArrayList<>(MAX_LINES);
        for (int i = 0; i < MAX_LINES; i++) {
            out.add(items.get((int) Math.round(i * (items.size() - 1) / (double) (MAX_LINES - 1))));
        }
        return out;
    }
}
