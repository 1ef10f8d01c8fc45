package dev.picket.retrieval.answer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.picket.retrieval.search.TimeIntent;

/**
 * What a question asks for, read from how people phrase questions in a chat, so each kind can be answered the
 * way it should be: small talk with what picket covers, "any news?" with the newest articles, "tl;dr" with a
 * digest in date order, "why" with the sentences that give a cause, "what do they want" with the demand, and a
 * yes/no question with the sentence that settles it.
 *
 * <p>The patterns are general English question forms, written from grammar and chat habits (greetings, "tl;dr",
 * "any news"), never from a list of evaluation questions. Order matters: a question is the first kind it matches.
 */
enum QuestionKind {
    /** Greetings, thanks and "what can you do": answered with what picket covers, neither an answer nor a refusal. */
    SMALL_TALK(Pattern.compile("^(?:(?:hi|hiya|hello|hey|heya|yo|howdy|sup|greetings|good (?:morning|afternoon|"
            + "evening)|morning|evening|thanks|thank you|thank u|thx|ty|cheers|ok|okay|cool|nice|great|lol|test|"
            + "testing|ping)(?: there| all| everyone| picket| bot| mate)?[ !.,?]*)+$"
            + "|^(?:(?:hi|hello|hey)[ ,!]+)?(?:help|/help|halp|commands|what can (?:you|u|i) (?:do|ask)(?: you)?|"
            + "what (?:(?:kind|sort|kinds|sorts) of (?:stuff|things|questions) )?(?:do|can) (?:you|u) "
            + "(?:know|answer|cover)(?: about)?|what(?:'s| is|s) up|wass?up|how (?:do|does) (?:this|it|i use this|"
            + "you) work|who are (?:you|u)|what are (?:you|u)|what is this(?: bot)?|how do i use (?:this|you|u|it)|"
            + "what should i ask|what can i ask(?: you)?|are (?:you|u) a bot|are (?:you|u) there)[ !.?]*$")),
    /** A digest of the whole dispute or of a topic, across the articles in date order. */
    OVERVIEW(Pattern.compile("\\b(?:tl;?dr|tldr|overview|summary|summarise|summarize|sum up|sum it up|recap|"
            + "rundown|run down|sum (?:it |this |everything )?(?:all )?up|gist|background|eli5|in a nutshell|story so far|catch me up|fill me in|"
            + "bring me up to (?:date|speed)|explain (?:the|this|it|what)|(?:the )?timeline|history of|"
            + "what(?:'s| is) the story|whole (?:dispute|story|thing|saga)|tell me (?:about|everything)|"
            + "what (?:do|can) (?:you|u) (?:know|tell me) about|(?:short|quick|brief|long) version|"
            + "long story short|(?:from )?(?:the )?(?:start|beginning) to (?:the )?(?:end|finish|now))\\b"
            + "|^what(?:'s| has)? (?:been )?happen(?:ed|ing)(?: so far| overall| over time| then)?[ ?!.]*$"),
            "tl", "overview", "sum", "recap", "run", "gist", "background", "eli5", "nutshell", "story", "catch me up",
            "fill me in", "bring me up to", "explain", "timeline", "history of", "whole", "tell me", "about",
            "happen", "version", "long story", "start to", "beginning to"),
    /** The newest state of affairs: "any news", "what's the latest", "updates?". */
    LATEST(Pattern.compile("\\b(?:any (?:news|updates?|developments?)|^news\\b|\\bnews[ ?!.]*$|latest|newest|"
            + "updates?\\b|what'?s new|"
            + "whats new|what is new|anything new|new developments?|what'?s (?:happening|going on)|"
            + "whats (?:happening|going on)|what is (?:happening|going on)|where (?:are|do) (?:we|things|they) "
            + "(?:stand|now|at)|where things stand|what(?:'s| is| has)? been (?:happening|going on)|current (?:state|situation|status)|right now|"
            + "state of play|most recent(?:ly)?|these days)\\b"),
            "new", "update", "development", "latest", "happening", "going on", "where", "current", "right now",
            "state of play", "most recent", "these days"),
    /** The reason for something: "why", "how come", "what's it about", "what caused". */
    CAUSE(Pattern.compile("^(?:(?:so|but|and|ok|okay|hmm|wait)[ ,]+)?(?:why\\b|how come\\b|whys\\b|"
            + "what(?:'s| is| was|s)? (?:the )?(?:reason|cause|point)|what (?:caused|led to|triggered|started|"
            + "sparked)|reason for|reasons for|what (?:is|are|was|were|'s|s) (?:the |this |that |it |they )?"
            + "(?:\\w+ ){0,3}(?:about|over)\\s*\\??$|whats (?:the |this |that |it )?(?:\\w+ ){0,3}about\\s*\\??$)")),
    /** Several things across the articles: "which unions", "list the ministers", "how many X have there been". */
    LIST(Pattern.compile("^(?:which|what) (?!(?:dates?|days?|times?|years?|months?|hours?|weeks?)\\b)(?:\\w+ )?\\w+(?<!s)s (?:are|were|have|has|had|took|did|dealt|"
            + "is|was|got|went|walked|joined|involved|in|on|took part)\\b|^(?:which|what) (?:\\w+ )?\\w+(?<!s)s\\??$"
            // "what kinds of staff", "which groups of workers": sorts of a thing, plural, are several things.
            + "|^(?:which|what) (?:\\w+ )?(?:groups|kinds|types|sorts) of \\w+"
            + "|^(?:list|name) (?:the |all |every )?\\w+|^how many (?:different )?(?:\\w+ )?\\w+(?<!s)s (?:have|has) "
            + "(?:there been|been involved|been)\\b|^how many (?:\\w+ )?\\w+(?<!s)s (?:were|are) there\\b")),
    /** What a side asks for: "what do X want", "what are X asking for", "their demands". */
    DEMAND(Pattern.compile("\\b(?:want|wants|wanted|demand|demands|demanding|asking for|ask for|asked for|"
            + "calling for|call for|after[ ?!.]*$|seeking|looking for|pushing for|holding out for|fighting for|"
            + "(?:asking|pushing|urging|pressing|calling on) (?:\\w+ ){1,3}to|"
            + "striking for|expect(?:ing)?|would (?:it take|end it|settle it)|take to end|to settle)\\b"
            + "(?!.*\\b(?:strike|walkout)s? (?:date|day)s?\\b)"),
            "want", "demand", "ask", "call", "after", "seek", "looking for", "push", "urging", "pressing", "holding out for",
            "fighting for", "striking for", "expect", "would", "take to end", "to settle"),
    /** A yes/no question, opened by an auxiliary verb: the sentence that settles it comes first. */
    YES_NO(Pattern.compile("^(?:(?:so|but|and|ok|okay|wait)[ ,]+)?(?:is|are|was|were|am|do|does|did|has|have|had|"
            + "will|would|can|could|should|shall|may|might|must|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|"
            + "didn'?t|hasn'?t|haven'?t|won'?t|wouldn'?t|can'?t|couldn'?t|any more|anymore|any)\\b")),
    /** Everything else: a fact, with the answer type the question names (who, when, how many). */
    FACT(Pattern.compile("$^"));

    /**
     * The strike as the cause of what a sentence reports ("cancelled due to strike action", "as a result of the
     * walkouts"): such a sentence gives what the strike caused, not why it is held.
     */
    private static final String STRIKE_AS_CAUSE = "(?:the |this |that |these |their |its |recent |further |"
            + "continued |ongoing )?(?:strikes?|walkouts?|strike action|industrial action|stoppages?)\\b";
    /**
     * The connectives that give a reason outright, before it: "because", "amid anger over pay", "in protest at".
     * A cue below that only names a demand or an effect ("led to") may give another side's reason, and strike news
     * writes "due to" of what a strike caused ("cancelled due to strike action"), not of its cause.
     */
    private static final String CAUSE_CONNECTIVE = "because|amid|over (?:pay|wages|conditions|working|jobs|pensions|"
            + "staffing|safety|funding)|in protest|protest(?:ing)? (?:at|over|against)|dispute over|row over";
    /**
     * Words that mark a sentence as answering this kind of question: a cause ("amid anger over", "because"), a
     * demand ("is demanding", "calling for"), a yes or a no ("rejected", "no plans"). General English connectives
     * and verbs of wanting and deciding, not words of any one article. "are due to strike" schedules, not causes.
     */
    private static final Pattern CAUSE_CUES = Pattern.compile("\\b(?:" + CAUSE_CONNECTIVE
            + "|(?<!\\b(?:is|are|was|were|be|been|not) )(?:due|owing) to(?! " + STRIKE_AS_CAUSE + ")|anger|angry|"
            + "frustrat\\w*|so that|in order to|as a result(?! of " + STRIKE_AS_CAUSE + ")|"
            + "(?<!as a )result of(?! " + STRIKE_AS_CAUSE + ")|reason|caused(?! by " + STRIKE_AS_CAUSE + ")|"
            + "led to(?! (?:nearly |more than |over |almost |around |about |some )?[\\d£$])|"
            + "after (?:talks|negotiations|an? offer|the government)|"
            + "demand\\w*|calling for|wants|seek\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSE_CONNECTIVES = Pattern.compile("\\b(?:" + CAUSE_CONNECTIVE + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A demand stated as a verb with its object ("is demanding an inflation-matching rise", "demands that"), not
     * the noun that only mentions demands ("a deal on pay demands").
     */
    private static final Pattern DEMAND_CUES = Pattern.compile("\\b(?:(?:is|are|was|were|been) demanding|"
            + "demand(?:s|ed)? (?:an?|the|that|more|higher|better|full|their|its|to)\\b|calling for|call(?:s|ed)? for|"
            + "wants|asking for|ask(?:s|ed)? for|insist\\w*|seek\\w*|push(?:ing)? for|must|"
            + "would end|to end (?:it|the))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTLING_CUES = Pattern.compile("\\b(?:rejected|accepted|agreed|refused|"
            + "declined|backed|voted|turned down|approved|no plans|not|no longer|never|won'?t|will not|cannot|"
            + "can'?t|isn'?t|wasn'?t|yes|no|ended|called off|suspended|open to|willing|prepared to|ruled out|"
            + "confirmed|denied)\\b", Pattern.CASE_INSENSITIVE);

    private final Pattern pattern;
    /**
     * For a pattern that may match anywhere: a piece of every word or phrase it can match, so a question holding
     * none of them is not scanned (a scan tries each alternative at each character). Empty: always scanned. A
     * branch added to such a pattern needs its piece here too ({@code QuestionKindPiecesTest} checks every tuning
     * set's questions and a phrase for each branch).
     */
    private final List<String> pieces;

    QuestionKind(Pattern pattern, String... pieces) {
        this.pattern = pattern;
        this.pieces = List.of(pieces);
    }

    /** Whether this kind's pattern is found in the normalised question. */
    boolean foundIn(String q) {
        return mayBeIn(q) && pattern.matcher(q).find();
    }

    /** False only when the question holds none of {@link #pieces}, so the pattern cannot be found in it. */
    boolean mayBeIn(String q) {
        if (pieces.isEmpty()) {
            return true;
        }
        for (String piece : pieces) {
            if (q.contains(piece)) {
                return true;
            }
        }
        return false;
    }

    /** For the test that every piece list lets through whatever its pattern finds. */
    Pattern pattern() {
        return pattern;
    }

    private static final Pattern PRESENT = Pattern.compile("^(?:(?:so|but|and|ok|okay|wait)[ ,]+)?(?:is|are|isn'?t|"
            + "aren'?t|has|have|hasn'?t|haven'?t|does|do|doesn'?t|don'?t|can|can'?t)\\b");

    /**
     * Whether a yes/no question asks how things stand now ("is the dispute over", "are talks still on"): its
     * answer is in the newest articles that cover it, not in how things were.
     */
    boolean asksAboutNow(String question, TimeIntent when) {
        return this == YES_NO && when.periods().isEmpty() && PRESENT.matcher(normalised(question)).find();
    }

    /** Whether a sentence gives what this kind asks for; kinds that ask for no particular wording never do. */
    boolean isAnsweredBy(String sentence) {
        return switch (this) {
            // A supposed clause ("would pause if the minister agreed") gives no cause and settles nothing.
            case CAUSE -> causeIn(CAUSE_CUES, Conditional.asserted(sentence));
            case DEMAND -> DEMAND_CUES.matcher(sentence).find();
            case YES_NO -> SETTLING_CUES.matcher(Conditional.asserted(sentence)).find();
            default -> false;
        };
    }

    /** Whether the clause states a cause by these cues, or a side's demand ({@link StrikeCause}). */
    private static boolean causeIn(Pattern cues, String asserted) {
        return cues.matcher(asserted).find() || StrikeCause.statesDemand(asserted);
    }

    /**
     * Whether a sentence gives what this kind asks for outright, so it should lead the answer: a cause by its
     * connective, a demand by its verb. Other kinds lead with whatever scores best.
     */
    boolean isPlainlyAnsweredBy(String sentence) {
        return switch (this) {
            case CAUSE -> causeIn(CAUSE_CONNECTIVES, Conditional.asserted(sentence));
            case DEMAND -> DEMAND_CUES.matcher(sentence).find();
            default -> false;
        };
    }

    /**
     * The question with the words that only say what kind it is taken out ("tl;dr of the pay row" is about "the
     * pay row"): what the answer must be about. Empty when the question names no topic ("any news?").
     */
    static String topic(String question) {
        return topicSpelled(QuestionText.spelledOut(question));
    }

    /** {@link #topic} of a question already {@link QuestionText#spelledOut}. */
    static String topicSpelled(String spelled) {
        String rest = GREETING.matcher(spelled).replaceFirst("");
        if (CLAUSE.matcher(rest).find()) {
            // "news pls, been offline all week": the request's own clause names the topic, and a clause of its
            // own names one only as "about the nurses" does; the rest says why the user asks.
            List<String> clauses = List.of(CLAUSE.split(rest));
            if (clauses.stream().anyMatch(QuestionKind::asksForDigest)) {
                StringBuilder topic = new StringBuilder();
                for (String clause : clauses) {
                    String c = clause.strip();
                    if (asksForDigest(c) || ABOUT.matcher(c).lookingAt()) {
                        topic.append(' ').append(topicOfClause(c));
                    } else if (isNounPhrase(c)) {
                        topic.append(' ').append(topicOfClause(LEADING_LINK.matcher(c).replaceFirst("")));
                    }
                }
                return topic.toString().strip();
            }
        }
        return topicOfClause(rest);
    }

    private static final List<QuestionKind> DIGESTS = List.of(SMALL_TALK, OVERVIEW, LATEST);
    private static final Pattern CLAUSE = Pattern.compile("[,;!?]+|\\.\\s+|\\s+-+\\s+");
    private static final Pattern ABOUT = Pattern.compile("(?:about|on|re|regarding|concerning|with|w|for|over)\\b");

    /**
     * "and the nurses, any news" or "nurses - anything new": a short clause that says nothing of its own (no
     * pronoun, no auxiliary verb) names what the request is about, as "been away a month" does not.
     */
    private static boolean isNounPhrase(String clause) {
        String[] words = LEADING_LINK.matcher(clause).replaceFirst("").split("\\s+");
        if (words.length == 0 || words.length > 4 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (CLAUSE_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LEADING_LINK = Pattern.compile("^(?:and|so|also|plus|ok|okay|right|what about|"
            + "how about|as for)\\s+");
    /**
     * Pronouns, auxiliary verbs, question words, prepositions and adverbs of time and place: a clause holding one
     * says something ("been away a month", "just back from leave"), rather than naming a topic.
     */
    private static final Set<String> CLAUSE_WORDS = Set.of("i", "im", "i'm", "ive", "i've", "you", "u", "we", "they",
            "he", "she", "it", "me", "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did",
            "have", "has", "had", "will", "would", "can", "could", "should", "what", "why", "how", "when",
            "who", "which", "where", "pls", "please", "thanks", "thx", "from", "to", "in", "on", "at", "for", "with",
            "of", "by", "back", "away", "just", "off", "out", "over", "again", "after", "before", "since", "ago",
            "yet", "still", "here", "there", "now", "lol", "ngl", "tbh", "idk");

    private static boolean asksForDigest(String clause) {
        return DIGESTS.stream().anyMatch(k -> k.foundIn(clause));
    }

    private static String topicOfClause(String spelled) {
        String rest = spelled;
        for (QuestionKind kind : DIGESTS) {
            if (kind.mayBeIn(rest)) {
                rest = kind.pattern.matcher(rest).replaceAll(" ");
            }
        }
        rest = POSSESSIVE.matcher(FILLER.matcher(rest).replaceAll(" ")).replaceAll(" ");
        return NOT_TOPIC.matcher(rest).replaceAll(" ").strip();
    }

    /** The words that say a question asks for a cause or a demand, rather than what it is about. */
    private static final Pattern DEMAND_MARKERS = Pattern.compile("\\b(?:want|wants|wanted|demand|demands|"
            + "demanding|asking for|ask for|asked for|calling for|call for|seeking|looking for|pushing for|"
            + "holding out for|fighting for|striking for|after)\\b");
    private static final Pattern CAUSE_MARKERS = Pattern.compile("\\b(?:why|whys|how come|reasons?|causes?|caused|"
            + "led to|triggered|sparked|what is (?:it |this |that )?(?:all )?about|about|point)\\b");
    /**
     * The question without the words that only say what kind of answer it wants: "what do nurses want" is about
     * nurses, and "what's the reason for the ballot" about the ballot. Whether a sentence gives the demand or the
     * cause is for {@link #isAnsweredBy} to say, whatever verb it uses ("is demanding", "insists").
     */
    String content(String question) {
        if (this == LATEST) {
            // "any updates on the doctors" is about the doctors: the passages need not say "updates".
            String topic = topic(question);
            return topic.isEmpty() ? question : topic;
        }
        Pattern markers = this == CAUSE ? CAUSE_MARKERS : this == DEMAND ? DEMAND_MARKERS : null;
        if (markers == null) {
            return question;
        }
        String rest = SPACES.matcher(markers.matcher(question).replaceAll(" ")).replaceAll(" ").strip();
        return rest.isEmpty() ? question : rest;
    }

    /** Runs of white space; a question is analysed once per answer, so its patterns are compiled once. */
    static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The text with each run of white space made one space, as {@link #SPACES} replaced by a space gives it: a
     * text already spaced so, as most questions are, is returned without a scan by the pattern.
     */
    static String singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    /** The characters {@code \\s} matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
    private static final Pattern POSSESSIVE = Pattern.compile("(?<!\\p{L})'s\\b");
    private static final Pattern NOT_TOPIC = Pattern.compile("[^\\p{L}\\p{N}%£$.,'-]+");

    /** Chat filler around a request for news or a summary: "pls give me a quick …". */
    private static final Pattern FILLER = Pattern.compile("\\b(?:pls|plz|please|give|gimme|me|us|a|an|quick|"
            + "short|brief|full|the|of|on|about|for|with|w|re|regarding|can|could|would|you|u|ya|i|get|have|some|any|"
            + "what|whats|what's|is|are|there|so|far|overall|now|today|again|just|thanks|thx|lol|ok|okay|hey|"
            + "explain|tell|everything|anything|all|know|stuff|thing|things|that|happened|has|been|recent)\\b");

    /** Words that ask for the newest news whatever else the request says. */
    private static final Pattern RECENCY = Pattern.compile("\\b(?:latest|newest|most recent|any news|news)\\b");

    /** A greeting before a real question ("hey, why are they striking") doesn't make it small talk. */
    private static final Pattern GREETING = Pattern.compile("^(?:hi|hiya|hello|hey|heya|yo|ok|okay|so)"
            + "(?: there| all| everyone| picket| bot| mate)?[ ,!.]+(?=\\S)");

    /** The kinds a question is tried against, in order; FACT is what is left, its pattern matches nothing. */
    private static final List<QuestionKind> KINDS = List.of(SMALL_TALK, OVERVIEW, LATEST, CAUSE, LIST, DEMAND, YES_NO);

    static QuestionKind of(String question) {
        return ofSpelled(QuestionText.spelledOut(question));
    }

    /** {@link #of} a question already {@link QuestionText#spelledOut}. */
    static QuestionKind ofSpelled(String spelled) {
        String q = spelled;
        String rest = GREETING.matcher(q).replaceFirst("");
        if (!rest.equals(q) && !SMALL_TALK.foundIn(q)) {
            q = rest;
        }
        if (q.isEmpty()) {
            return FACT;
        }
        for (QuestionKind kind : KINDS) {
            if (kind.foundIn(q)) {
                if (kind == OVERVIEW && RECENCY.matcher(q).find()) {
                    // "catch me up, what's the most recent thing": a digest of the newest, not of everything.
                    return LATEST;
                }
                return kind == DEMAND && q.startsWith("when") ? FACT : kind;
            }
        }
        return FACT;
    }

    /** Lower case, curly apostrophes made straight, and the whitespace folded, as people type on phones. */
    static String normalised(String question) {
        return question == null ? "" : singleSpaced(question.strip().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\''));
    }
}
