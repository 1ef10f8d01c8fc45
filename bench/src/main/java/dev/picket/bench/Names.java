package dev.picket.bench;

/**
 * Made-up proper nouns and rare words, each a fixed function of its index, so a corpus can draw from a
 * practically endless supply without a list: English-looking surnames and place names built from parts, and
 * coined lowercase words standing in for the rare real words (drug names, jargon, misspellings) that make up a
 * news corpus's long tail. The first indexes give the shortest, most ordinary forms.
 */
final class Names {

    private static final String[] SURNAME_HEADS = {"Ash", "Bar", "Black", "Brad", "Bright", "Brook", "Burn", "Cald",
        "Carr", "Chad", "Clay", "Cole", "Crane", "Cross", "Dal", "Dun", "East", "Fair", "Fen", "Fox", "Gar", "Gold",
        "Green", "Hal", "Hart", "Hay", "Hol", "Horn", "Kel", "Ken", "King", "Lang", "Lock", "Mar", "Mel", "Mor",
        "North", "Oak", "Pem", "Pen", "Rad", "Red", "Row", "Sal", "Shel", "Stan", "Stock", "Stone", "Sut", "Thorn",
        "Wal", "Ward", "West", "Whit", "Wil", "Win", "Wood", "Wyn", "Ald", "Bel", "Cal", "Dar", "Eld", "Farn", "Gil",
        "Hen", "Ing", "Jen", "Kirk", "Lin", "Mal", "Nor", "Ord", "Pres", "Ran", "Scar", "Tal", "Ver", "Yard", "Quen"};
    private static final String[] SURNAME_TAILS = {"by", "den", "er", "ett", "field", "ford", "gate", "ham", "hill",
        "hurst", "ing", "kin", "ley", "low", "man", "more", "ner", "ridge", "sall", "shaw", "son", "stead", "ston",
        "ter", "ton", "ward", "well", "wick", "win", "wood", "worth", "combe", "den", "lake", "croft", "bury", "ey",
        "ison", "ock", "ell"};
    private static final String[] PLACE_HEADS = {"Ab", "Ald", "Alder", "Ash", "Bar", "Bil", "Brack", "Brad",
        "Bridge", "Brom", "Burn", "Cal", "Chel", "Chip", "Clif", "Cold", "Crow", "Dar", "Dun", "East", "Elm", "Fal",
        "Farn", "Glen", "Gran", "Hal", "Hart", "Haver", "Hels", "Hen", "Holm", "Ken", "Kings", "Lang", "Lid", "Lyd",
        "Market", "Mel", "Mid", "Mill", "Mor", "New", "North", "Oak", "Ock", "Pad", "Peter", "Red", "Rich", "Rother",
        "Sand", "Sel", "Ship", "South", "Stan", "Stock", "Stow", "Sud", "Tad", "Tewk", "Thorn", "Up", "Wal",
        "Wen", "West", "Whit", "Wick", "Win", "Wolver", "Wood", "Wy"};
    private static final String[] PLACE_TAILS = {"bury", "by", "caster", "chester", "combe", "den", "field", "ford",
        "gate", "ham", "hampton", "head", "holme", "hurst", "ley", "minster", "mouth", "port", "stead", "stow",
        "thorpe", "ton", "wich", "wick", "worth", "well", "bridge", "brook", "dale", "moor"};
    private static final String[] MIDDLES = {"a", "e", "i", "o", "er", "in", "ing", "en", "el", "ar", "ow", "um",
        "ber", "den", "ger", "lin", "mer", "ner", "ris", "ter", "ven", "wel", "ack", "ol", "an", "and", "on", "ey"};
    private static final String[] ONSETS = {"b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "g", "gr", "h",
        "j", "k", "l", "m", "n", "p", "pl", "pr", "qu", "r", "s", "sc", "sh", "sl", "sp", "st", "t", "th", "tr",
        "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "oa", "ou", "y"};
    private static final String[] CODAS = {"l", "n", "r", "t", "d", "m", "st", "nd", "v", "x", "s", "rb"};
    private static final String[] ENDINGS = {"ate", "ation", "ism", "ity", "ic", "al", "ine", "ide", "ase", "ol",
        "ium", "osis", "ant", "ent", "ous", "ure", "ix", "on", "er", "ery"};

    private Names() {
    }

    /** A surname such as "Ashby", then "Ashenby", then "Ashenolby": longer as the index grows. */
    static String surname(int index) {
        return compound(SURNAME_HEADS, SURNAME_TAILS, index);
    }

    /** A place name such as "Bradford", "Kingsenmouth". */
    static String place(int index) {
        return compound(PLACE_HEADS, PLACE_TAILS, index);
    }

    /** A coined lowercase word such as "bralosis": two or three syllables and an ending. */
    static String coined(int index) {
        // A mixed-radix count, lowest digits first: the ending, then a consonant before an ending that starts
        // with a vowel ("bralosis" reads better than "braosis"), then the syllables. So the most common coined
        // words differ most, and every index up to a few million gives its own word.
        int i = index;
        String ending = ENDINGS[i % ENDINGS.length];
        i /= ENDINGS.length;
        String join = "";
        if ("aeiouy".indexOf(ending.charAt(0)) >= 0) {
            join = CODAS[i % CODAS.length];
            i /= CODAS.length;
        }
        int syllables = 2 + (i % 2);
        i /= 2;
        StringBuilder w = new StringBuilder(12);
        for (int k = 0; k < syllables; k++) {
            w.append(ONSETS[i % ONSETS.length]);
            i /= ONSETS.length;
            w.append(VOWELS[i % VOWELS.length]);
            i /= VOWELS.length;
        }
        return w.append(join).append(ending).toString();
    }

    // Head and tail first; then a middle syllable between them, then two: a mixed-radix count over the parts.
    private static String compound(String[] heads, String[] tails, int index) {
        StringBuilder w = new StringBuilder(16);
        int i = index;
        w.append(heads[i % heads.length]);
        i /= heads.length;
        String tail = tails[i % tails.length];
        i /= tails.length;
        for (int left = i; left > 0; left = (left - 1) / MIDDLES.length) {
            w.append(MIDDLES[(left - 1) % MIDDLES.length]);
        }
        return w.append(tail).toString();
    }
}
