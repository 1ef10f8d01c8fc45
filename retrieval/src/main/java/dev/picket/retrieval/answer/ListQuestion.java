package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;

/**
 * A question asking for several things ("which unions are involved", "how many health secretaries have there
 * been"): the plural noun it lists, and the relation the reader put after it. The answer is the noun's items, so
 * the noun must be in the articles; the relation is the reader's wording ("involved", "mixed up in"), which the
 * articles need not share, so its words the index never uses don't count against a passage.
 */
final class ListQuestion {

    /** A word of the noun: not a verb that could end in "s" ("which unions has …"). */
    private static final String WORD = "(?!(?:is|was|has|does|are|were|have)\\b)[\\w'-]+?";
    /** The listed noun: one or two words ending in a plural, after the word that opens the list. */
    private static final Pattern LISTED = Pattern.compile("^(?:which|what|list|name|how many)"
            + "(?: (?:all(?: of)?|different|of))?(?: the)?((?: " + WORD + ")? " + WORD + "(?:ies|s))\\b(.*)$"
            // "every" and "each" list with a singular: "name every minister involved".
            + "|^(?:which|what|list|name|how many)(?: of)? (?:every|each)((?: " + WORD + ")? (?![\\w'-]+ed\\b)" + WORD + ")\\b(.*)$");

    /** English light verbs, which say nothing of their own in "went on strike", "took part", "got involved". */
    private static final Pattern LIGHT_VERB = Pattern.compile("go|goes|going|gone|went|take|takes|taking|taken|took|"
            + "get|gets|getting|got|gotten|come|came|coming|make|made|making");

    /** "secs" and "sec", as chat writes secretaries and a secretary. */
    private static final Pattern SECS = Pattern.compile("\\bsecs\\b");
    private static final Pattern SEC = Pattern.compile("\\bsec\\b");

    private final String noun;
    private final String relation;

    private ListQuestion(String noun, String relation) {
        this.noun = noun;
        this.relation = relation;
    }

    static Optional<ListQuestion> of(String question) {
        Matcher m = LISTED.matcher(question.strip().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        int group = m.group(1) != null ? 1 : 3;
        // "list the health secs": chat shortens a title, which the articles write in full.
        String noun = SEC.matcher(SECS.matcher(m.group(group).strip()).replaceAll("secretaries"))
                .replaceAll("secretary");
        return Optional.of(new ListQuestion(noun, m.group(group + 1).strip()));
    }

    String noun() {
        return noun;
    }

    /** What the question says of the noun's items: "have gone on strike", "of nhs staff". */
    String relation() {
        return relation;
    }

    /**
     * The question as retrieval and evidence read it: the noun, and the relation's words the index holds. For
     * people by their title, the title alone: every passage naming a holder is an item, whatever the relation
     * restates of the corpus's subject ("during the dispute"). Of a noun whose items are named things, only the
     * words that say what they are ({@link ListItems#searched}).
     */
    String content(IndexStats stats) {
        List<String> kept = new ArrayList<>();
        if (AnswerType.asksForPeople(noun)) {
            return noun;
        }
        Optional<ListItems> items = ListItems.of(this);
        kept.add(items.map(i -> i.searched(noun, stats)).orElse(noun));
        boolean things = items.isPresent();
        for (String word : relation.split("\\s+")) {
            if (things && LIGHT_VERB.matcher(word).matches()) {
                // "which groups went on strike": the strike says what they did, "went" nothing of its own.
                continue;
            }
            List<String> terms = QueryTerms.of(word);
            if (terms.stream().allMatch(t -> stats.docFreq(stats.vocabularyTerm(t)) > 0)) {
                kept.add(word);
            }
        }
        return String.join(" ", kept).strip();
    }

    /**
     * For a list of people by their title ("health secretaries"): a pattern finding the title with a name
     * after it, the name as its group 1, so each item is someone who held the title, not any name near it.
     */
    Pattern titled() {
        return Title.of(noun).holder();
    }

    /**
     * The same, or when no candidate writes the whole noun before a name, its last word alone: "the union's
     * co-chairs" asks for the title, and news names the body apart ("union committee co-chairs Ann Lee").
     */
    Pattern titled(List<SentenceChoice.Scored> candidates) {
        Pattern whole = titled();
        int space = noun.lastIndexOf(' ');
        if (space < 0 || candidates.stream().anyMatch(c -> whole.matcher(c.sentence()).find())) {
            return whole;
        }
        return Title.of(noun.substring(space + 1)).holder();
    }

    /** A list's later items may score lower than the first: each comes from another article. */
    private static final double LIST_KEEP_RATIO = 0.5;

    /**
     * For a question about several things: the best sentence of each article, so one article can't fill it; for
     * people by their title, the best sentence of each person who held it, from any article.
     */
    static List<SentenceChoice.Scored> onePerItem(List<SentenceChoice.Scored> candidates, Pattern titled,
                                                  int maxSentences) {
        List<SentenceChoice.Scored> chosen = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (SentenceChoice.Scored c : candidates) {
            if (chosen.size() == maxSentences
                    || !chosen.isEmpty() && c.score() < LIST_KEEP_RATIO * chosen.getFirst().score()) {
                break;
            }
            if (items.add(item(c, titled)) && (chosen.isEmpty() || c.words() >= AnswerSentences.MIN_EXTRA_WORDS)
                    && chosen.stream().noneMatch(s -> AnswerSentences.nearDuplicate(s.terms(), c.terms()))) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static String item(SentenceChoice.Scored c, Pattern titled) {
        if (titled == null) {
            return c.hit().articleId();
        }
        Matcher m = titled.matcher(c.sentence());
        return m.find() ? m.group(1) : c.hit().articleId();
    }
}
