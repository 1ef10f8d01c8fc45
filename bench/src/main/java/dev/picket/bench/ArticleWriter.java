package dev.picket.bench;

import static dev.picket.bench.StrikeLexicon.ACTIONS;
import static dev.picket.bench.StrikeLexicon.ISSUES;
import static dev.picket.bench.StrikeLexicon.LEADERS;
import static dev.picket.bench.StrikeLexicon.MINISTERS;
import static dev.picket.bench.StrikeLexicon.MONTHS;
import static dev.picket.bench.StrikeLexicon.ORDINALS;
import static dev.picket.bench.StrikeLexicon.OUTLETS;
import static dev.picket.bench.StrikeLexicon.ROLES;
import static dev.picket.bench.StrikeLexicon.SERVICES;
import static dev.picket.bench.StrikeLexicon.STAFF;
import static dev.picket.bench.StrikeLexicon.TRUSTS;
import static dev.picket.bench.StrikeLexicon.UNIONS;
import static dev.picket.bench.StrikeLexicon.capitalised;
import static dev.picket.bench.StrikeLexicon.fill;
import static dev.picket.bench.StrikeLexicon.person;
import static dev.picket.bench.StrikeLexicon.pick;
import static dev.picket.bench.StrikeLexicon.place;

import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One original article of the synthetic corpus: its cast and topic words, then paragraphs of template and drawn
 * sentences, dated across 2022–2026.
 */
final class ArticleWriter {

    static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;

    private static final String[] TEMPLATES = {
        "{STAFF} in {PLACE} {ACTION} on {DATE} in a dispute over {ISSUE}.",
        "{UNION} said {N} of its members had taken part, and that {PCT} per cent backed further action.",
        "Health secretary {MINISTER} said the offer of {PCT} per cent was fair and final, and urged {STAFF} to return to talks.",
        "{LEADER} of {UNION} said members had been left with no choice after months of talks over {ISSUE}.",
        "NHS England said {N} {SERVICE_COUNT} had been rescheduled because of the action.",
        "Hospital leaders at {TRUST} warned that {SERVICE} would be hit hardest.",
        "The government had offered a one-off payment of £{MONEY} on top of a {PCT} per cent rise.",
        "Talks between {UNION} and the Department of Health broke down on {DATE} without agreement.",
        "Turnout in the ballot was {PCT} per cent, above the legal threshold of 50 per cent.",
        "{MINISTER} told MPs the cost of meeting the demand would be £{BILLIONS} billion a year.",
        "Patients were urged to attend appointments unless contacted, and to use 111 for urgent advice.",
        "Derogations were agreed so that {SERVICE} would continue during the walkout.",
        "The strike was the {ORDINAL} by {STAFF} since the dispute began in {YEAR}.",
        "NHS Providers said the cumulative cost of industrial action had reached £{BILLIONS} billion.",
        "{LEADER} told a rally in {PLACE} that {STAFF} were \"worth more\" and would not back down.",
        "{UNION} has a mandate for strike action until {MONTH} {YEAR}, after members voted by {PCT} per cent.",
        "In {PLACE}, {N} {STAFF} gathered outside {TRUST} from 7am.",
        "A spokesperson for {MINISTER} said the door remained open to talks about {ISSUE}.",
        "The waiting list for routine treatment in England stood at {MILLIONS} million.",
        "{PERSON}, {ROLE} at {TRUST}, said the {TOPIC} had left {STAFF} exhausted.",
        "{UNION} said the pay review body had recommended a rise of {PCT} per cent for {YEAR}.",
        "Critics said the strikes put patients at risk, while polling suggested {PCT} per cent of the public supported the {STAFF}.",
        "The dispute over {ISSUE} has now lasted {N} days, the longest in the history of the NHS.",
        "{PERSON} said the {TOPIC} at {TRUST} showed why {STAFF} were striking.",
    };

    private final SplittableRandom r;
    private final NewsVocabulary words;
    private final String[] topic;
    private final String place;
    private final String trust;
    private final String person;
    private final String staff;
    private final String union;

    ArticleWriter(SplittableRandom r, NewsVocabulary words) {
        this.r = r;
        this.words = words;
        this.topic = new String[4 + r.nextInt(7)];
        for (int i = 0; i < topic.length; i++) {
            topic[i] = words.contentWord(r);
        }
        this.place = place(r);
        this.trust = place + " " + pick(TRUSTS, r);
        this.person = person(r);
        this.staff = pick(STAFF, r);
        this.union = pick(UNIONS, r);
    }

    Story write() {
        StringBuilder body = new StringBuilder(8_000);
        int paragraphs = 12 + r.nextInt(8);
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                body.append(s > 0 ? " " : "").append(sentence());
            }
            body.append("\n\n");
        }
        return new Story(headline(), body.toString(), FIRST.plusDays(r.nextInt(DAYS)), pick(OUTLETS, r));
    }

    String sentence() {
        return r.nextInt(10) < 4 ? template() : drawn();
    }

    /** A headline of at most 100 characters: the story's topic, a template's gist or a quote. */
    String headline() {
        String h = switch (r.nextInt(3)) {
            case 0 -> capitalised(topicWord() + " " + topicWord()) + " as " + staff + " in " + place + " "
                    + pick(ACTIONS, r);
            case 1 -> {
                String s = template();
                yield s.substring(0, s.length() - 1);
            }
            default -> person + ": " + capitalised(words(4 + r.nextInt(6)));
        };
        return h.length() <= 100 ? h : h.substring(0, 99).strip() + "…";
    }

    private String template() {
        StringBuilder out = new StringBuilder(160);
        fill(TEMPLATES[r.nextInt(TEMPLATES.length)], out, this::slot);
        return capitalised(out.toString());
    }

    private String drawn() {
        return drawn(8 + r.nextInt(15));
    }

    /** Sometimes after a speaker, words drawn one by one; grammar is beside the point, BM25 sees statistics. */
    private String drawn(int length) {
        StringBuilder out = new StringBuilder(length * 8);
        switch (r.nextInt(8)) {
            case 0 -> out.append(person).append(" said ");
            case 1 -> out.append("According to ").append(union).append(", ");
            case 2 -> out.append("In ").append(place).append(", ");
            default -> { }
        }
        return capitalised(out.append(words(length)).append('.').toString());
    }

    /** Mostly words of the vocabulary, about one in ten from the story's own topic words. */
    private String words(int length) {
        StringBuilder out = new StringBuilder(length * 8);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                out.append(r.nextInt(12) == 0 ? ", " : " ");
            }
            out.append(r.nextInt(10) == 0 ? topicWord() : words.word(r));
        }
        return out.toString();
    }

    private String topicWord() {
        return topic[r.nextInt(topic.length)];
    }

    /** Slots about the story's cast keep to it more often than not, as a story keeps to its subject. */
    private String slot(String name) {
        boolean own = r.nextInt(5) < 3;
        return switch (name) {
            case "STAFF" -> own ? staff : pick(STAFF, r);
            case "PLACE" -> own ? place : place(r);
            case "TRUST" -> own ? trust : place(r) + " " + pick(TRUSTS, r);
            case "UNION" -> own ? union : pick(UNIONS, r);
            case "PERSON" -> own ? person : person(r);
            case "TOPIC" -> topicWord();
            case "ROLE" -> pick(ROLES, r);
            case "ACTION" -> pick(ACTIONS, r);
            case "DATE" -> (1 + r.nextInt(28)) + " " + pick(MONTHS, r);
            case "ISSUE" -> pick(ISSUES, r);
            case "MINISTER" -> pick(MINISTERS, r);
            case "LEADER" -> pick(LEADERS, r);
            case "SERVICE" -> pick(SERVICES, r);
            case "SERVICE_COUNT" -> r.nextBoolean() ? "appointments" : "operations";
            case "N" -> String.format(Locale.UK, "%,d", 50 + r.nextInt(60_000));
            case "PCT" -> Integer.toString(2 + r.nextInt(96));
            case "MONEY" -> String.format(Locale.UK, "%,d", 250 + 50 * r.nextInt(60));
            case "BILLIONS" -> (1 + r.nextInt(9)) + "." + r.nextInt(10);
            case "MILLIONS" -> "7." + r.nextInt(10);
            case "ORDINAL" -> pick(ORDINALS, r);
            case "MONTH" -> pick(MONTHS, r);
            case "YEAR" -> Integer.toString(2022 + r.nextInt(5));
            default -> throw new IllegalArgumentException("no slot " + name);
        };
    }
}
