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
