package dev.picket.bot.discord.format;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.picket.corpus.ArticleInfo;

/** What the corpus covers, in the words picket uses for /about and abstentions. */
public record CorpusSummary(int articles, LocalDate from, LocalDate to, List<String> outlets) {

    public static final CorpusSummary EMPTY = new CorpusSummary(0, null, null, List.of());

    public CorpusSummary {
        outlets = List.copyOf(outlets);
    }

    /** The outlets are ordered by how many articles each has, most first. */
    public static CorpusSummary of(Collection<ArticleInfo> articles) {
        var dates = articles.stream().map(ArticleInfo::published).filter(Objects::nonNull).sorted().toList();
        Map<String, Long> perOutlet = articles.stream()
                .collect(Collectors.groupingBy(ArticleInfo::source, Collectors.counting()));
        var outlets = perOutlet.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        return new CorpusSummary(articles.size(), dates.isEmpty() ? null : dates.getFirst(),
                dates.isEmpty() ? null : dates.getLast(), outlets);
    }

    /** E.g. "12 news articles from 11 Dec 2022 to 30 Jul 2025 (BBC News, Sky News and 3 more)". */
    public String describe() {
        if (articles == 0) {
            return "no articles yet";
        }
        StringBuilder s = new StringBuilder().append(articles).append(articles == 1 ? " news article" : " news articles");
        if (from != null) {
            s.append(from.equals(to) ? " from " + Dates.format(from)
                    : " from " + Dates.format(from) + " to " + Dates.format(to));
        }
        s.append(" (").append(outletList()).append(')');
        return s.toString();
    }

    private String outletList() {
        Function<String, String> esc = DiscordText::escape;
        var named = outlets.stream().limit(3).map(esc).toList();
        int more = outlets.size() - named.size();
        if (more > 0) {
            return String.join(", ", named) + " and " + more + " more";
        }
        if (named.size() == 1) {
            return named.getFirst();
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.getLast();
    }
}
