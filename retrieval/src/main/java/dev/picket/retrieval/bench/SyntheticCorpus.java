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
import java.util.Random;

/**
 * A seeded corpus folder of made-up NHS strike news for benchmarks: articles of a headline and twelve to nineteen
 * paragraphs built from news sentence templates (unions, staff groups, ministers, trusts, pay figures, dates),
 * dated across 2022–2026, from a dozen outlets, with a {@code sources.csv}. One article in ten is a wire copy
 * of an earlier one under another outlet, lightly edited, as agency copy is republished. The same seed and size
 * always give the same files. At the default splitter an article makes about ten passages.
 */
public final class SyntheticCorpus {

    private static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay()) + 1;

    private static final String[] OUTLETS = {"BBC News", "The Guardian", "Sky News", "The Independent",
            "The Telegraph", "Financial Times", "PA Media", "Reuters", "Nursing Times", "HSJ", "ITV News",
            "Evening Standard"};
    private static final String[] UNIONS = {"the Royal College of Nursing", "the British Medical Association",
            "Unison", "the GMB", "Unite", "the Royal College of Midwives", "the Chartered Society of Physiotherapy",
            "the Society of Radiographers", "the Hospital Consultants and Specialists Association"};
    private static final String[] STAFF = {"nurses", "junior doctors", "resident doctors", "consultants",
            "paramedics", "ambulance workers", "midwives", "physiotherapists", "radiographers", "porters",
            "healthcare assistants", "call handlers", "specialty doctors", "cleaners"};
    private static final String[] MINISTERS = {"Steve Barclay", "Victoria Atkins", "Wes Streeting", "Rishi Sunak",
            "Keir Starmer", "Maria Caulfield", "Karin Smyth", "Jeremy Hunt", "Rachel Reeves"};
    private static final String[] LEADERS = {"Pat Cullen", "Nicola Ranger", "Phil Banfield", "Vivek Trivedi",
            "Robert Laurenson", "Sharon Graham", "Christina McAnea", "Rachel Harrison", "Tom Dolphin"};
    private static final String[] PLACES = {"Manchester", "Leeds", "Birmingham", "London", "Bristol", "Newcastle",
            "Liverpool", "Sheffield", "Nottingham", "Cardiff", "Glasgow", "Belfast", "Norwich", "Plymouth",
            "Leicester", "Southampton", "Brighton", "Hull", "York", "Exeter", "Oxford", "Cambridge"};
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
        "Hospital leaders at {PLACE} {TRUST} warned that {SERVICE} would be hit hardest.",
        "The government had offered a one-off payment of £{MONEY} on top of a {PCT} per cent rise.",
        "Talks between {UNION} and the Department of Health broke down on {DATE} without agreement.",
        "Turnout in the ballot was {PCT} per cent, above the legal threshold of 50 per cent.",
        "{MINISTER} told MPs the cost of meeting the demand would be £{BILLIONS} billion a year.",
        "Patients were urged to attend appointments unless contacted, and to use 111 for urgent advice.",
        "Derogations were agreed so that {SERVICE} would continue during the walkout.",
        "The strike was the {ORDINAL} by {STAFF} since the dispute began in {YEAR}.",
        "NHS Providers said the cumulative cost of industrial action had reached £{BILLIONS} billion.",
        "{LEADER} told a rally in {PLACE} that {STAFF} were \"worth more\" and would not back down.",
        "The NHS Confederation called on both sides to find a settlement before winter pressures began.",
        "{UNION} has a mandate for strike action until {MONTH} {YEAR}, after members voted by {PCT} per cent.",
        "In {PLACE}, {N} {STAFF} gathered outside the {TRUST} from 7am.",
        "A spokesperson for {MINISTER} said the door remained open to talks about {ISSUE}.",
        "The waiting list for routine treatment in England stood at {MILLIONS} million.",
        "Emergency cover was provided by consultants and {STAFF} who were not members of {UNION}.",
        "{UNION} said the pay review body had recommended a rise of {PCT} per cent for {YEAR}.",
        "Critics said the strikes put patients at risk, while polling suggested {PCT} per cent of the public supported the {STAFF}.",
        "The dispute over {ISSUE} has now lasted {N} days, the longest in the history of the NHS.",
    };
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh"};

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
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        try (BufferedWriter csv = Files.newBufferedWriter(dir.resolve("sources.csv"), StandardCharsets.UTF_8)) {
            csv.write("file,source,published,title,url\n");
            for (int a = 0; a < articles; a++) {
                String text;
                String title;
                LocalDate published;
                if (a >= 10 && random.nextInt(10) == 0) {
                    // A wire copy: an earlier article, republished a day or two later with light edits.
                    int original = random.nextInt(texts.size());
                    text = wireCopy(texts.get(original), random);
                    title = headline(random);
                    published = FIRST.plusDays(Math.min(DAYS - 1, random.nextInt(DAYS) + random.nextInt(3)));
                } else {
                    StringBuilder body = new StringBuilder();
                    int paragraphs = 12 + random.nextInt(8);
                    for (int p = 0; p < paragraphs; p++) {
                        int sentences = 3 + random.nextInt(3);
                        for (int s = 0; s < sentences; s++) {
                            body.append(s > 0 ? " " : "").append(sentence(random));
                        }
                        body.append("\n\n");
                    }
                    text = body.toString();
                    title = headline(random);
                    published = FIRST.plusDays(random.nextInt(DAYS));
                }
                texts.add(text);
                String name = fileName(a);
                Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
                csv.write(name + "," + OUTLETS[random.nextInt(OUTLETS.length)] + "," + published + ",\""
                        + title.replace("\"", "\"\"") + "\",https://news.example/" + a + "\n");
            }
        }
    }

    /** Questions a reader of such a corpus might ask, phrased unlike its sentences. */
    public static List<String> questions(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(switch (r.nextInt(6)) {
                case 0 -> "When did " + pick(STAFF, r) + " in " + pick(PLACES, r) + " strike over " + pick(ISSUES, r) + "?";
                case 1 -> "What did " + pick(MINISTERS, r) + " say about the " + pick(STAFF, r) + " pay offer?";
                case 2 -> "How many " + slot("SERVICE_COUNT", r) + " were cancelled during the " + pick(STAFF, r)
                        + " strike?";
                case 3 -> "What percentage did " + pick(UNIONS, r) + " members vote for strikes in " + slot("YEAR", r) + "?";
                case 4 -> "Why are " + pick(STAFF, r) + " striking at " + pick(PLACES, r) + " " + pick(TRUSTS, r) + "?";
                default -> "What is the impact on " + pick(SERVICES, r) + " of the strikes?";
            });
        }
        return out;
    }

    /** Fills one template; every slot draws from its own list. */
    static String sentence(Random random) {
        String t = TEMPLATES[random.nextInt(TEMPLATES.length)];
        StringBuilder out = new StringBuilder(t.length() + 40);
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            if (open < 0) {
                out.append(t, i, t.length());
                break;
            }
            out.append(t, i, open);
            int close = t.indexOf('}', open);
            out.append(slot(t.substring(open + 1, close), random));
            i = close + 1;
        }
        String s = out.toString();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slot(String name, Random r) {
        return switch (name) {
            case "STAFF" -> pick(STAFF, r);
            case "PLACE" -> pick(PLACES, r);
            case "ACTION" -> pick(ACTIONS, r);
            case "DATE" -> FIRST.plusDays(r.nextInt(DAYS)).getDayOfMonth() + " " + pick(MONTHS, r);
            case "ISSUE" -> pick(ISSUES, r);
            case "UNION" -> pick(UNIONS, r);
            case "MINISTER" -> pick(MINISTERS, r);
            case "LEADER" -> pick(LEADERS, r);
            case "TRUST" -> pick(TRUSTS, r);
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

    private static String headline(Random random) {
        String s = sentence(random);
        return s.length() <= 100 ? s.substring(0, s.length() - 1) : s.substring(0, 99).strip() + "…";
    }

    /** The original with one paragraph dropped, one sentence added at the top, and a figure changed. */
    private static String wireCopy(String original, Random random) {
        List<String> paragraphs = new ArrayList<>(List.of(original.split("\n\n")));
        if (paragraphs.size() > 3) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        }
        paragraphs.set(0, sentence(random) + " " + paragraphs.get(0));
        String text = String.join("\n\n", paragraphs) + "\n\n";
        return text.replaceFirst("\\d+ per cent", (2 + random.nextInt(96)) + " per cent");
    }

    private static String pick(String[] from, Random random) {
        return from[random.nextInt(from.length)];
    }
}
