package dev.picket.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.picket.retrieval.index.QueryTerms;

/**
 * The groups of workers a sentence says struck ("Both nurses and ambulance workers are set to stage walkouts",
 * "rail workers, Border Force officials and postal workers all staging walkouts"), each by the words that say
 * which: the items of "what groups of staff have walked out". A general noun alone ("staff", "workers") says no
 * group; the words for workers and for striking are general English.
 */
final class StrikingGroups {

    /** A group of workers: a word naming them, after a word saying which ("ambulance workers", "nurses"). */
    private static final Pattern GROUP = Pattern.compile("\\b(?:([\\p{L}-]+) )?(workers|staff|nurses|doctors|"
            + "officials|examiners|paramedics|midwives|medics|consultants|porters|crews|drivers|teachers|"
            + "employees|physiotherapists|radiographers|cleaners|firefighters|lecturers|barristers|guards|"
            + "handlers|controllers|officers|technicians|pharmacists|surgeons|carers|dentists)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERAL = Pattern.compile("workers|staff|employees|officials|officers");
    /** What says that a sentence's workers struck. */
    private static final Pattern STRUCK = Pattern.compile("\\b(?:strik\\w*|walk(?:ed|ing)? ?outs?|walked out|"
            + "industrial action|picket\\w*|stoppages?)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before a group that only count or point at it ("other staff", "some workers"). */
    private static final Set<String> NOT_WHICH = Set.of("the", "a", "an", "other", "some", "all", "many", "more",
            "most", "few", "fewer", "both", "these", "those", "their", "its", "our", "his", "her", "of", "and", "or",
            "by", "for", "with", "to", "various", "striking", "thousands", "hundreds", "said", "says",
            "health", "service", "nhs", "public", "sector", "against", "between", "s");

    private StrikingGroups() {
    }

    /**
     * The keys of the groups a sentence says struck; none when it says no one struck.
     *
     * @param own     the question's words: the group it names ("groups of nhs staff") is the whole, not an item
     * @param others  whether the question asks for groups beyond its subject ("what other sectors")
     * @param subject the analysed words of picket's subject, whose workers are not the others
     */
    static Set<String> in(String sentence, Set<String> own, boolean others, Set<String> subject) {
        if (!STRUCK.matcher(sentence).find()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = GROUP.matcher(sentence);
        while (m.find()) {
            String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            String group = m.group(2).toLowerCase(Locale.ROOT);
            boolean said = !which.isEmpty() && !NOT_WHICH.contains(which) && !own.contains(which);
            String key = said ? which + " " + group : group;
            boolean beyond = !others || QueryTerms.setOf(key).stream().noneMatch(subject::contains);
            // "staff" and "workers" alone say no group; "nurses" does.
            if ((said || !GENERAL.matcher(group).matches() && !own.contains(group)) && beyond) {
                keys.add(key);
            }
        }
        return keys;
    }
}
