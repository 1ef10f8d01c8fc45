package dev.picket.retrieval.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A seeded corpus folder of made-up NHS strike news for benchmarks, with the vocabulary statistics of real news:
 * articles of a headline and twelve to nineteen paragraphs, dated across 2022–2026, from a dozen outlets, with a
 * {@code sources.csv}. About nine passages an article at the default splitter.
 *
 * <p>Two kinds of sentence make an article. Four in ten are NHS-strike sentence templates (unions, staff groups,
 * ministers, trusts, places, pay figures, ballots, dates); the rest are drawn word by word from
 * {@link NewsVocabulary}, Zipf's law over real English words with a long tail of made-up names and rare words,
 * so the number of distinct words grows with the corpus as in real text (Heaps' law) and most words are rare.
 * Each article has a handful of topic words, a place, a person, a union and a staff group that it keeps
 * returning to, as a story does. One article in ten is a wire copy of an earlier one, republished within two
 * days under another outlet with light edits. The same seed and size always give the same files, and article n
 * is the same whatever the size.
 */
public final class SyntheticCorpus {

    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
    private static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;
    private static final int WIRE_COPY_ONE_IN = 10;
    private static final int TYPO_ONE_IN = 20;
    // A few big cities take most mentions and then ever rarer towns; surnames likewise, from a far longer list.
    private static final Zipf PLACE_RANKS = new Zipf(100_000, 1.1);
    private static final Zipf SURNAME_RANKS = new Zipf(2_000_000, 1.0);
    private static final String[] OUTLETS = {"BBC News", "The Guardian", "Sky News", "The Independent",
        "The Telegraph", "Financial Times", "PA Media", "Reuters", "Nursing Times", "HSJ", "ITV News",
        "Evening Standard"};
    private static final String[] UNIONS = {"the Royal College of Nursing", "the British Medical Association",
        "Unison", "the GMB", "Unite", "the Royal College of Midwives", "the Chartered Society of Physiotherapy",
        "the Society of Radiographers", "the Hospital Consultants and Specialists Association"};
    /** How a reader names the unions: rarely as the articles do. */
    private static final String[] UNIONS_ASKED = {"the RCN", "the BMA", "Unison", "the GMB", "Unite", "the RCM",
        "the physios' union", "the radiographers' union", "the HCSA"};
    private static final String[] STAFF = {"nurses", "junior doctors", "resident doctors", "consultants",
        "paramedics", "ambulance workers", "midwives", "physiotherapists", "radiographers", "porters",
        "healthcare assistants", "call handlers", "specialty doctors", "cleaners"};
    private static final String[] MINISTERS = {"Steve Barclay", "Victoria Atkins", "Wes Streeting", "Rishi Sunak",
        "Keir Starmer", "Maria Caulfield", "Karin Smyth", "Jeremy Hunt", "Rachel Reeves"};
    private static final String[] LEADERS = {"Pat Cullen", "Nicola Ranger", "Phil Banfield", "Vivek Trivedi",
        "Robert Laurenson", "Sharon Graham", "Christina McAnea", "Rachel Harrison", "Tom Dolphin"};
    /** The most common places; beyond them {@link Names#place} makes up towns, ever rarer. */
    private static final String[] PLACES = {"London", "Manchester", "Birmingham", "Leeds", "Bristol", "Newcastle",
        "Liverpool", "Sheffield", "Nottingham", "Cardiff", "Glasgow", "Belfast", "Norwich", "Plymouth",
        "Leicester", "Southampton", "Brighton", "Hull", "York", "Exeter", "Oxford", "Cambridge"};
    private static final String[] FIRST_NAMES = {"James", "Sarah", "David", "Emma", "John", "Laura", "Michael",
        "Rachel", "Paul", "Helen", "Mark", "Claire", "Andrew", "Lucy", "Peter", "Joanne", "Richard", "Amy",
        "Daniel", "Sophie", "Thomas", "Hannah", "Simon", "Kate", "Matthew", "Fatima", "Mohammed", "Priya", "Raj",
        "Aisha", "Chloe", "Gareth", "Siobhan", "Ewan", "Niamh", "Tariq", "Grace", "Olu", "Kwame", "Mei", "Anna",
        "Tom", "Ben", "Zoe", "Ruth", "Ian", "Jenny", "Sam", "Alex", "Chris"};
    private static final String[] ROLES = {"a ward sister", "a staff nurse", "a consultant", "a paramedic",
        "a patient", "chief executive", "medical director", "a regional organiser", "a union representative",
        "a GP", "a midwife", "a hospital porter", "chief nurse", "a shop steward"};
    private static final String[] TRUSTS = {"University Hospitals", "Teaching Hospitals NHS Trust",
        "NHS Foundation Trust", "Royal Infirmary", "General Hospital", "Ambulance Service", "Health Board"};
    private static final String[] ACTIONS = {"walked out", "staged a 48-hour strike", "began a three-day walkout",
        "held a 24-hour stoppage", "joined picket lines", "started an overtime ban", "voted to strike",
        "suspended industrial action", "called off a planned strike", "announced fresh strike dates"};
    private static final String[] ISSUES = {"pay", "staffing levels", "patient safety", "pay restoration",
        "working conditions", "pensions", "rota gaps", "burnout", "recruitment and retention",
        "the pay review body award", "unpaid overtime", "agency spending"};
    private static final String[] SERVICES = {"planned operations", "outpatient appointments", "cancer care",
        "emergency departments", "A&E waiting times", "elective surgery", "GP services", "mental health wards",
        "maternity units", "ambulance response times", "hip and knee replacements", "diagnostic scans"};

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
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh"};
    /** Question frames, phrased unlike any sentence of the corpus; {T} is a content word of the vocabulary. */
    private static final String[] QUESTIONS = {
        "What has {PERSON} said about the {T}?",
        "Is there any news on {T} and {T} for {STAFF}?",
        "How did the {T} affect {STAFF} in {PLACE}?",
        "Which {STAFF} stopped work over {T} in {YEAR}?",
        "What changed for {STAFF} after the {T} {T}?",
        "Why were {T} and {T} raised by union leaders?",
        "When will staff at {PLACE} hospitals stop striking over {T}?",
        "Did the deal with {UNION_ASKED} include {T}?",
        "Who was blamed for the {T} {T} at {PLACE}?",
        "What do {STAFF} think of the {T}?",
        "{STAFF} strike {T} {T} {T}",
        "Has {PERSON} from {PLACE} commented on {T} {T}?",
    };

    private SyntheticCorpus() {
    }

    /** The article file name of the n-th synthetic article; what a benchmark edits to time a reload. */
    public static String fileName(int n) {
        return String.format(Locale.ROOT, "syn-%06d.txt", n);
    }

    /**
     * Writes {@code articles} article files and their {@code sources.csv} into {@code dir}.
     */
    public static void write(Path dir, int articles, long seed) throws IOException {
        Files.createDirectories(dir);
        NewsVocabulary words = NewsVocabulary.english();
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("sources.csv"), StandardCharsets.UTF_8)) {
            csv.write("file,source,published,title,url\n");
            for (int a = 0; a < articles; a++) {
                Story story = story(a, seed, words);
                String name = fileName(a);
                Files.writeString(dir.resolve(name), story.text(), StandardCharsets.UTF_8);
                csv.write(name + "," + story.outlet() + "," + story.published() + ",\""
                        + story.title().replace("\"", "\"\"") + "\",https://news.example/" + a + "\n");
            }
        }
    }

    /**
     * Questions a reader of such a corpus might ask: five to twelve words, phrased unlike its sentences, about
     * its staff groups, places and people and about words drawn from the same vocabulary, common and rare alike
     * (a rare one may be in no article of a small corpus). One in twenty has a typo.
     */
    public static List<String> questions(int count, long seed) {
        NewsVocabulary words = NewsVocabulary.english();
        SplittableRandom r = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String frame = QUESTIONS[r.nextInt(QUESTIONS.length)];
            StringBuilder q = new StringBuilder(frame.length() + 40);
            fill(frame, q, slot -> switch (slot) {
                case "T" -> words.contentWord(r);
                case "PERSON" -> person(r);
                case "STAFF" -> pick(STAFF, r);
                case "PLACE" -> place(r);
                case "YEAR" -> Integer.toString(2022 + r.nextInt(5));
                case "UNION_ASKED" -> pick(UNIONS_ASKED, r);
                default -> throw new IllegalArgumentException("no slot " + slot);
            });
            out.add(capitalised(r.nextInt(TYPO_ONE_IN) == 0 ? withTypo(q.toString(), r) : q.toString()));
        }
        return out;
    }

    /** The question with one word of six letters or more mistyped: two letters swapped, one dropped or doubled. */
    private static String withTypo(String question, SplittableRandom r) {
        String[] tokens = question.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].length() >= 6 && tokens[i].chars().allMatch(Character::isLetter)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return question;
        }
        int t = candidates.get(r.nextInt(candidates.size()));
        String w = tokens[t];
        // Not the first two letters: people rarely mistype those, and picket's correction keeps them fixed.
        int at = 2 + r.nextInt(w.length() - 3);
        tokens[t] = switch (r.nextInt(3)) {
            case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            default -> w.substring(0, at) + w.charAt(at) + w.substring(at);
        };
        return String.join(" ", tokens);
    }

    /** What one article is: its file text and its {@code sources.csv} row. */
    record Story(String title, String text, LocalDate published, String outlet) {
    }

    /**
     * The n-th article. Each has its own random stream, so a wire copy can regenerate its original rather than
     * the writer keeping every text in memory.
     */
    static Story story(int n, long seed, NewsVocabulary words) {
        SplittableRandom r = new SplittableRandom(mix(seed, n));
        if (n >= WIRE_COPY_ONE_IN && r.nextInt(WIRE_COPY_ONE_IN) == 0) {
            return wireCopy(story(r.nextInt(n), seed, words), r, words);
        }
        return new ArticleWriter(r, words).write();
    }

    /**
     * A well-mixed seed for article n. SplittableRandom steps its seed by a fixed odd constant, so seeds that
     * differ by a multiple of it give the same stream shifted: article seeds must not be in arithmetic progression.
     */
    private static long mix(long seed, int n) {
        long z = seed + (n + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * An agency story republished: a new sentence at the top, one paragraph dropped, one figure changed, up to
     * two days later, under another outlet, with the same headline or a new one.
     */
    private static Story wireCopy(Story original, SplittableRandom r, NewsVocabulary words) {
        ArticleWriter writer = new ArticleWriter(r, words);
        List<String> paragraphs = new ArrayList<>(List.of(original.text().split("\n\n")));
        if (paragraphs.size() > 3) {
            paragraphs.remove(1 + r.nextInt(paragraphs.size() - 1));
        }
        paragraphs.set(0, writer.sentence() + " " + paragraphs.get(0));
        String text = (String.join("\n\n", paragraphs) + "\n\n")
                .replaceFirst("\\d+ per cent", (2 + r.nextInt(96)) + " per cent");
        LocalDate published = original.published().plusDays(r.nextInt(3));
        String outlet;
        do {
            outlet = pick(OUTLETS, r);
        } while (outlet.equals(original.outlet()));
        return new Story(r.nextBoolean() ? original.title() : writer.headline(),
                text, published.isAfter(LAST) ? LAST : published, outlet);
    }

    /** One original article: its cast and topic words, then paragraphs of template and drawn sentences. */
    private static final class ArticleWriter {

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

    /** Copies a template into {@code out}, each {@code {SLOT}} replaced by what {@code slots} gives for it. */
    private static void fill(String template, StringBuilder out, Function<String, String> slots) {
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                return;
            }
            out.append(template, i, open);
            int close = template.indexOf('}', open);
            out.append(slots.apply(template.substring(open + 1, close)));
            i = close + 1;
        }
    }

    /** A place: the big cities most often, then made-up towns, each rarer than the last. */
    private static String place(SplittableRandom r) {
        int rank = PLACE_RANKS.next(r) - 1;
        return rank < PLACES.length ? PLACES[rank] : Names.place(rank - PLACES.length);
    }

    /** A person: a common first name and a surname that is common or rare by Zipf's law. */
    private static String person(SplittableRandom r) {
        return pick(FIRST_NAMES, r) + " " + Names.surname(SURNAME_RANKS.next(r) - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(String[] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
    }
}
