package dev.picket.bench;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The fixed word lists of NHS strike news (outlets, unions, staff groups, ministers, union leaders, trusts,
 * actions, issues, services) and the draws that articles and questions share: a place, a person, a pick from a
 * list, a filled template.
 */
final class StrikeLexicon {

    // A few big cities take most mentions and then ever rarer towns; surnames likewise, from a far longer list.
    private static final Zipf PLACE_RANKS = new Zipf(100_000, 1.1);
    private static final Zipf SURNAME_RANKS = new Zipf(2_000_000, 1.0);
    static final String[] OUTLETS = {"BBC News", "The Guardian", "Sky News", "The Independent",
        "The Telegraph", "Financial Times", "PA Media", "Reuters", "Nursing Times", "HSJ", "ITV News",
        "Evening Standard"};
    static final String[] UNIONS = {"the Royal College of Nursing", "the British Medical Association",
        "Unison", "the GMB", "Unite", "the Royal College of Midwives", "the Chartered Society of Physiotherapy",
        "the Society of Radiographers", "the Hospital Consultants and Specialists Association"};
    /** How a reader names the unions: rarely as the articles do. */
    static final String[] UNIONS_ASKED = {"the RCN", "the BMA", "Unison", "the GMB", "Unite", "the RCM",
        "the physios' union", "the radiographers' union", "the HCSA"};
    static final String[] STAFF = {"nurses", "junior doctors", "resident doctors", "consultants",
        "paramedics", "ambulance workers", "midwives", "physiotherapists", "radiographers", "porters",
        "healthcare assistants", "call handlers", "specialty doctors", "cleaners"};
    static final String[] MINISTERS = {"Steve Barclay", "Victoria Atkins", "Wes Streeting", "Rishi Sunak",
        "Keir Starmer", "Maria Caulfield", "Karin Smyth", "Jeremy Hunt", "Rachel Reeves"};
    static final String[] LEADERS = {"Pat Cullen", "Nicola Ranger", "Phil Banfield", "Vivek Trivedi",
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
    static final String[] ROLES = {"a ward sister", "a staff nurse", "a consultant", "a paramedic",
        "a patient", "chief executive", "medical director", "a regional organiser", "a union representative",
        "a GP", "a midwife", "a hospital porter", "chief nurse", "a shop steward"};
    static final String[] TRUSTS = {"University Hospitals", "Teaching Hospitals NHS Trust",
        "NHS Foundation Trust", "Royal Infirmary", "General Hospital", "Ambulance Service", "Health Board"};
    static final String[] ACTIONS = {"walked out", "staged a 48-hour strike", "began a three-day walkout",
        "held a 24-hour stoppage", "joined picket lines", "started an overtime ban", "voted to strike",
        "suspended industrial action", "called off a planned strike", "announced fresh strike dates"};
    static final String[] ISSUES = {"pay", "staffing levels", "patient safety", "pay restoration",
        "working conditions", "pensions", "rota gaps", "burnout", "recruitment and retention",
        "the pay review body award", "unpaid overtime", "agency spending"};
    static final String[] SERVICES = {"planned operations", "outpatient appointments", "cancer care",
        "emergency departments", "A&E waiting times", "elective surgery", "GP services", "mental health wards",
        "maternity units", "ambulance response times", "hip and knee replacements", "diagnostic scans"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    static final String[] ORDINALS = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh"};

    private StrikeLexicon() {
    }

    /** Copies a template into {@code out}, each {@code {SLOT}} replaced by what {@code slots} gives for it. */
    static void fill(String template, StringBuilder out, Function<String, String> slots) {
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
    static String place(SplittableRandom r) {
        int rank = PLACE_RANKS.next(r) - 1;
        return rank < PLACES.length ? PLACES[rank] : Names.place(rank - PLACES.length);
    }

    /** A person: a common first name and a surname that is common or rare by Zipf's law. */
    static String person(SplittableRandom r) {
        return pick(FIRST_NAMES, r) + " " + Names.surname(SURNAME_RANKS.next(r) - 1);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String pick(String[] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
    }
}
