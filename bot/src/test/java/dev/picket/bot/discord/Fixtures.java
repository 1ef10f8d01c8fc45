package dev.picket.bot.discord;

import java.time.LocalDate;
import java.util.List;

import dev.picket.bot.discord.format.CorpusSummary;
import dev.picket.retrieval.Answer;
import dev.picket.retrieval.Citation;
import dev.picket.retrieval.Timings;

/** Answers and citations shaped like the real ones. */
public final class Fixtures {

    public static final CorpusSummary CORPUS = new CorpusSummary(3, LocalDate.of(2022, 12, 11),
            LocalDate.of(2023, 3, 14), List.of("BBC News", "Sky News"));

    private Fixtures() {
    }

    public static Citation citation(int n, String source, LocalDate date, String title, String url) {
        return new Citation(n, "a" + n, "a" + n + "#1", title, source, date, url, "passage " + n);
    }

    public static Answer answer(String text, Citation... citations) {
        return new Answer(text, true, Answer.EXTRACTIVE, List.of(citations), new Timings(1, 2));
    }

    public static Answer abstention() {
        return Answer.abstain(Answer.EXTRACTIVE, new Timings(1, 2));
    }
}
