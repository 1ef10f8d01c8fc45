package dev.picket.retrieval.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.IndexStats;
import dev.picket.retrieval.index.QueryTerms;

/**
 * What a list question's items are when they are things the articles name, not the articles themselves: trade
 * unions, news outlets, or groups of workers who struck ("which unions…", "what outlets…", "what groups of staff
 * walked out"). Each is named by sentences of several articles, and one article can name several, so the answer
 * quotes one sentence for each item, whichever article it is from ({@link Found#choose}).
 */
final class ListItems {

    private enum Asked { UNIONS, OUTLETS, WORKERS }

    /** The last word of a listed noun that asks for each kind; general English for the kinds. */
    private static final Pattern UNIONS = Pattern.compile("unions?");
    private static final Pattern OUTLETS = Pattern.compile("outlets?|media|channels?|programmes?|programs?|shows?|"
            + "papers?|newspapers?|broadcasters?|stations?|networks?");
    private static final Pattern WORKERS = Pattern.compile("groups?|workers?|staff|sectors?|professions?|kinds?|"
            + "types?|sorts?|jobs?|occupations?|employees?");
    /** "groups of nhs staff", "kinds of workers": a noun of sorts, whose complement says what is sorted. */
    private static final Pattern SORTS = Pattern.compile("groups?|kinds?|types?|sorts?");
    private static final Pattern OF_WORKERS = Pattern.compile("^of (?:\\w+ ){0,2}(?:staff|workers|employees|"
            + "professions?|people)\\b");

    /** "what other sectors", "who else", "besides the nhs": items beyond what the question or its subject names. */
    private static final Pattern OTHERS = Pattern.compile("\\b(?:other|others|else|besides|apart from|aside from|"
            + "except|excluding|beyond|alongside)\\b");
    /** A word of a name a question may give: letters, not a year or a number. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]+");

    private final Asked asked;
    private final Set<String> own;
    private final List<String> relation;
    private final boolean others;

    /**
     * @param own the question's words: a group or body it names ("groups of nhs staff", "besides the RCN") is
     *            the whole or the one set aside, not an item
     */
    private ListItems(Asked asked, Set<String> own, String noun, String relation) {
        this.asked = asked;
        this.own = own;
        this.relation = List.of(relation.split("\\s+"));
        this.others = OTHERS.matcher(noun + " " + relation).find();
    }

    /**
     * The words news writes beside a body of the kind asked for, which a passage naming one holds whatever the
     * question's words: an article on the doctors' union may never say "union", but says "Association" and "its
     * leaders".
     */
    Optional<String> cues() {
        return switch (asked) {
            case UNIONS -> Optional.of("union association college federation congress leader general secretary"
                    + " members");
            case OUTLETS -> Optional.of("told news interview programme newspaper speaking writing");
            // "what groups walked out": news names the groups that struck by their head words.
            case WORKERS -> Optional.of("workers staff officials walkouts strike");
        };
    }

    /**
     * The noun's words a passage naming an item holds: not a word that only sorts them ("groups", "kinds") or
     * sets them beside others ("other"), nor a word for outlets that the articles never write, as news names an
     * outlet rather than calls it one.
     */
    String searched(String noun, IndexStats stats) {
        StringBuilder kept = new StringBuilder();
        for (String word : noun.split(" ")) {
            boolean written = QueryTerms.of(word).stream().allMatch(t -> stats.docFreq(stats.vocabularyTerm(t)) > 0);
            if (!SORTS.matcher(word).matches() && !OTHERS.matcher(word).matches()
                    && (asked != Asked.OUTLETS || written)) {
                kept.append(kept.isEmpty() ? "" : " ").append(word);
            }
        }
        return kept.toString();
    }

    /** The items a listed noun asks for; empty when they are no things a sentence names. */
    static Optional<ListItems> of(ListQuestion list) {
        String noun = list.noun();
        String head = noun.substring(noun.lastIndexOf(' ') + 1);
        Set<String> own = new HashSet<>(List.of(noun.split(" ")));
        own.addAll(List.of(list.relation().split(" ")));
        if (UNIONS.matcher(head).matches()) {
            return Optional.of(new ListItems(Asked.UNIONS, own, noun, list.relation()));
        }
        if (OUTLETS.matcher(head).matches()) {
            return Optional.of(new ListItems(Asked.OUTLETS, own, noun, list.relation()));
        }
        if (WORKERS.matcher(head).matches()
                && (!SORTS.matcher(head).matches() || noun.contains(" ") || OF_WORKERS.matcher(list.relation()).find())) {
            return Optional.of(new ListItems(Asked.WORKERS, own, noun, list.relation()));
        }
        return Optional.empty();
    }

    /**
     * The items the candidates name, when some do: the bodies of the kind asked for that some sentence says are of
     * it, so that every other sentence naming them counts too ("the BMA" once "British Medical Association" is).
     * A name the question gives ("which unions has Barclay met") narrows the items to those of passages that
     * name it too; other words of the relation ("involved", "taken part") restate what the articles are about.
     */
    Optional<Found> found(List<SentenceChoice.Scored> candidates, Names names, Scope scope) {
        Set<String> known = new HashSet<>();
        if (asked != Asked.WORKERS) {
            for (SentenceChoice.Scored c : candidates) {
                known.addAll(NamedBodies.in(c.sentence(), kind(), Set.of(), names).keySet());
            }
        }
        List<Pattern> named = new ArrayList<>();
        for (String word : relation) {
            Pattern p = Pattern.compile("\\b" + Pattern.quote(word) + "\\b", Pattern.CASE_INSENSITIVE);
            if (WORD.matcher(word).matches() && names.mayName(word)
                    && candidates.stream().anyMatch(c -> p.matcher(c.hit().text()).find())) {
                named.add(p);
            }
        }
        Found found = new Found(this, Set.copyOf(known), List.copyOf(named), names, scope.terms(),
                new IdentityHashMap<>());
        return candidates.stream().anyMatch(found::names) ? Optional.of(found) : Optional.empty();
    }

    /** The keys of the items a sentence names; empty when it names none. */
    private Set<String> in(String sentence, Set<String> known, Names names, Set<String> subject) {
        if (asked != Asked.WORKERS) {
            Set<String> keys = new LinkedHashSet<>(NamedBodies.in(sentence, kind(), known, names).keySet());
            keys.removeIf(k -> own.contains(k.toLowerCase(Locale.ROOT)));
            return keys;
        }
        return StrikingGroups.in(sentence, own, others, subject);
    }

    /**
     * The items named in the candidates of one answer.
     *
     * @param known the bodies some candidate says are of the kind asked for
     * @param named the names the question gives, one of which an item's passage must hold; empty for any
     * @param subject the analysed words of picket's subject ({@link Scope#terms})
     * @param keys  each candidate's items, read once
     */
    record Found(ListItems items, Set<String> known, List<Pattern> named, Names names, Set<String> subject,
                 Map<SentenceChoice.Scored, Set<String>> keys) {

        boolean names(SentenceChoice.Scored c) {
            return !keys(c).isEmpty();
        }

        private Set<String> keys(SentenceChoice.Scored c) {
            return keys.computeIfAbsent(c, k -> named.isEmpty()
                    || named.stream().anyMatch(p -> p.matcher(k.hit().text()).find())
                    ? items.in(k.sentence(), known, names, subject) : Set.of());
        }

        /**
         * The candidates with the best sentence of each item first, in their order, then the rest: only the first
         * few are weighed by meaning, and an item named in no question word must be among them.
         */
        List<SentenceChoice.Scored> itemsFirst(List<SentenceChoice.Scored> candidates) {
            List<SentenceChoice.Scored> first = new ArrayList<>();
            List<SentenceChoice.Scored> rest = new ArrayList<>();
            Set<String> named = new HashSet<>();
            for (SentenceChoice.Scored c : candidates) {
                (named.addAll(keys(c)) ? first : rest).add(c);
            }
            first.addAll(rest);
            return first;
        }

        /** The sentences to quote, best first, each naming an item that no sentence before it named. */
        List<SentenceChoice.Scored> choose(List<SentenceChoice.Scored> candidates, int maxSentences) {
            List<SentenceChoice.Scored> chosen = new ArrayList<>();
            Set<String> named = new HashSet<>();
            for (SentenceChoice.Scored c : candidates) {
                if (chosen.size() == maxSentences) {
                    break;
                }
                Set<String> k = keys(c);
                if (!named.containsAll(k) && (chosen.isEmpty() || c.words() >= AnswerSentences.MIN_EXTRA_WORDS)) {
                    named.addAll(k);
                    chosen.add(c);
                }
            }
            return chosen;
        }
    }

    private NamedBodies.Kind kind() {
        return asked == Asked.UNIONS ? NamedBodies.Kind.UNION : NamedBodies.Kind.OUTLET;
    }
}
