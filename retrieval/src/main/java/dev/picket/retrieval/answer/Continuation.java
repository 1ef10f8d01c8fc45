package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.SearchHit;
import dev.picket.retrieval.index.PassageLookup;
import dev.picket.retrieval.index.PassageSentences;

/**
 * News tells an event, then its reason; a report of speech, then the words said. The sentence that best matches
 * a "why" question often only restates the event ("Striking doctors will lose…"), and the cause is in the next
 * one, which doesn't repeat the subject ("…in their dispute over pay"); the sentence that matches "what did X
 * write" is the frame ("Writing for the paper, X said…"), and the quote follows. So when the best sentence
 * lacks what was asked for, the sentence after it in the article comes with it.
 */
final class Continuation {

    /** "what did X say / write / tell …": a question about someone's words. */
    private static final Pattern SPEECH = Pattern.compile("^(?:so |and |but )?what (?:did|does|has|have|had) "
            + "(?:[\\w'-]+ ){1,4}(?:say|said|write|wrote|tell|told|claim|argue|warn|reply|respond|think|mean)\\b");
    private static final Pattern QUOTE = Pattern.compile("[\"\u201c\u201d]");

    private Continuation() {
    }

    /**
     * The chosen sentences, best first, with the sentence after the first when it gives what the first lacks:
     * the event and its reason, or the frame of a speech and the words said, make the answer, and more would come
     * from other reports; or the rest of a quotation the first sentence opens and does not close ("X ended by
     * warning: “It should be clear … ." then "It's not too late …”"), which comes next and displaces nothing.
     */
    static void extend(QuestionKind kind, String question, List<SentenceChoice.Scored> chosen,
                       PassageLookup neighbours, int maxSentences) {
        if (chosen.isEmpty()) {
            return;
        }
        SentenceChoice.Scored first = chosen.getFirst();
        if (wanted(kind, question, first.sentence())) {
            after(first, neighbours).ifPresent(next -> {
                chosen.subList(1, chosen.size()).clear();
                chosen.add(next);
            });
        } else if (opensQuote(first.sentence())) {
            after(first, neighbours)
                    .filter(next -> chosen.stream().noneMatch(c -> c.sentence().equals(next.sentence())))
                    .ifPresent(next -> {
                        // One quotation split in two is one statement: it takes no other sentence's place.
                        chosen.add(1, next);
                        if (chosen.size() > maxSentences + 1) {
                            chosen.subList(maxSentences + 1, chosen.size()).clear();
                        }
                    });
        }
    }

    /** Whether a sentence opens a quotation it does not close: the quoted words go on in the next sentence. */
    static boolean opensQuote(String sentence) {
        int open = 0;
        int straight = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '\u201c') {
                open++;
            } else if (c == '\u201d') {
                open--;
            } else if (c == '"') {
                straight++;
            }
        }
        return open > 0 || straight % 2 == 1;
    }

    /** Whether the answer's first sentence lacks what the question asks for, so the next sentence may give it. */
    static boolean wanted(QuestionKind kind, String question, String first) {
        if (kind == QuestionKind.CAUSE) {
            return !kind.isAnsweredBy(first);
        }
        return SPEECH.matcher(QuestionKind.normalised(question)).find() && !QUOTE.matcher(first).find();
    }

    /** The sentence after this one in its passage, or the first of the next passage; empty at the article's end. */
    static Optional<SentenceChoice.Scored> after(SentenceChoice.Scored s, PassageLookup neighbours) {
        List<String> sentences = PassageSentences.of(s.hit().text());
        int at = sentences.indexOf(s.sentence());
        if (at >= 0 && at + 1 < sentences.size()) {
            return Optional.of(new SentenceChoice.Scored(s.hit(), sentences.get(at + 1), Set.of(), s.score()));
        }
        if (at < 0 || neighbours == null) {
            return Optional.empty();
        }
        Optional<SearchHit> next = neighbours.passage(s.hit().articleId(), s.hit().ordinal() + 1);
        return next.flatMap(n -> PassageSentences.of(n.text()).stream().findFirst()
                .map(first -> new SentenceChoice.Scored(n, first, Set.of(), s.score())));
    }
}
