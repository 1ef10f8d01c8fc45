package dev.picket.retrieval.answer;

import java.util.Locale;
import java.util.regex.Pattern;

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
            + "what (?:do|can) (?:you|u) (?:know|answer|cover)(?: about)?|how (?:do|does) (?:this|it|i use this|"
            + "you) work|who are (?:you|u)|what are (?:you|u)|what is this(?: bot)?|how do i use (?:this|you|u|it)|"
            + "what should i ask|what can i ask(?: you)?|are (?:you|u) a bot|are (?:you|u) there)[ !.?]*$")),
    /** A digest of the whole dispute or of a topic, across the articles in date order. */
    OVERVIEW(Pattern.compile("\\b(?:tl;?dr|tldr|overview|summary|summarise|summarize|sum up|sum it up|recap|"
            + "rundown|run down|gist|background|eli5|in a nutshell|story so far|catch me up|fill me in|"
            + "bring me up to (?:date|speed)|explain (?:the|this|it|what)|(?:the )?timeline|history of|"
            + "what'?s the story|whole (?:dispute|story|thing|saga)|tell me (?:about|everything)|"
            + "what (?:do|can) (?:you|u) (?:know|tell me) about)\\b"
            + "|^what(?:'s| has)? (?:been )?happen(?:ed|ing)(?: so far| overall| over time| then)?[ ?!.]*$")),
    /** The newest state of affairs: "any news", "what's the latest", "updates?". */
    LATEST(Pattern.compile("\\b(?:any (?:news|updates?|developments?)|^news\\b|\\bnews[ ?!.]*$|latest|"
            + "updates?\\b|what'?s new|"
            + "whats new|what is new|anything new|new developments?|what'?s (?:happening|going on)|"
            + "whats (?:happening|going on)|what is (?:happening|going on)|where (?:are|do) (?:we|things|they) "
            + "(?:stand|now|at)|where things stand|current (?:state|situation|status)|right now|"
            + "state of play|most recent|these days)\\b")),
    /** The reason for something: "why", "how come", "what's it about", "what caused". */
    CAUSE(Pattern.compile("^(?:(?:so|but|and|ok|okay|hmm|wait)[ ,]+)?(?:why\\b|how come\\b|whys\\b|"
            + "what(?:'s| is| was|s)? (?:the )?(?:reason|cause|point)|what (?:caused|led to|triggered|started|"
            + "sparked)|reason for|reasons for|what (?:is|are|was|were|'s|s) (?:the |this |that |it |they )?"
            + "(?:\\w+ ){0,3}(?:about|over)\\s*\\??$|whats (?:the |this |that |it )?(?:\\w+ ){0,3}about\\s*\\??$)")),
    /** What a side asks for: "what do X want", "what are X asking for", "their demands". */
    DEMAND(Pattern.compile("\\b(?:want|wants|wanted|demand|demands|demanding|asking for|ask for|asked for|"
            + "calling for|call for|after[ ?!.]*$|seeking|looking for|pushing for|holding out for|fighting for|"
            + "striking for|expect(?:ing)?|would (?:it take|end it|settle it)|take to end|to settle)\\b"
            + "(?!.*\\b(?:strike|walkout)s? (?:date|day)s?\\b)")),
    /** A yes/no question, opened by an auxiliary verb: the sentence that settles it comes first. */
    YES_NO(Pattern.compile("^(?:(?:so|but|and|ok|okay|wait)[ ,]+)?(?:is|are|was|were|am|do|does|did|has|have|had|"
            + "will|would|can|could|should|shall|may|might|must|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|"
            + "didn'?t|hasn'?t|haven'?t|won'?t|wouldn'?t|can'?t|couldn'?t|any more|anymore|any)\\b")),
    /** Everything else: a fact, with the answer type the question names (who, when, how many). */
    FACT(Pattern.compile("$^"));

    private final Pattern pattern;

    QuestionKind(Pattern pattern) {
        this.pattern = pattern;
    }

    /** A greeting before a real question ("hey, why are they striking") doesn't make it small talk. */
    private static final Pattern GREETING = Pattern.compile("^(?:hi|hiya|hello|hey|heya|yo|ok|okay|so)"
            + "(?: there| all| everyone| picket| bot| mate)?[ ,!.]+(?=\\S)");

    static QuestionKind of(String question) {
        String q = normalised(question);
        String rest = GREETING.matcher(q).replaceFirst("");
        if (!rest.equals(q) && !SMALL_TALK.pattern.matcher(q).find()) {
            q = rest;
        }
        if (q.isEmpty()) {
            return FACT;
        }
        for (QuestionKind kind : values()) {
            if (kind.pattern.matcher(q).find()) {
                return kind == DEMAND && q.startsWith("when") ? FACT : kind;
            }
        }
        return FACT;
    }

    /** Lower case, curly apostrophes made straight, and the whitespace folded, as people type on phones. */
    static String normalised(String question) {
        return question == null ? "" : question.strip().toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ");
    }
}
