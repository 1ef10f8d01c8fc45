package dev.picket.retrieval.answer;

import java.util.List;

import dev.picket.retrieval.search.TimeIntent;

/**
 * A figure is a figure of its time: "how many walked out in March 2024" is not answered by a count in a report of
 * another year that doesn't name the period, as figures change from one dispute, round or year to the next. Other
 * facts only rank lower there ({@link AnswerSentences#inTime}); a figure of another time is no answer at all.
 */
final class OfItsTime {

    private OfItsTime() {
    }

    /**
     * Keeps the figures of the periods the question names.
     *
     * @param when the periods the question names when reports of them were found, none otherwise: a question about
     *             a period no report is of is read as it would be without one
     */
    static void keepFigures(AnswerType type, TimeIntent when, List<SentenceChoice.Scored> candidates) {
        if (type.isFigure() && !when.periods().isEmpty()) {
            candidates.removeIf(c -> !AnswerSentences.inTime(when, c.hit(), c.sentence()));
        }
    }
}
