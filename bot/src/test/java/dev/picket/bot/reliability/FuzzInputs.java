package dev.picket.bot.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded hostile inputs for the HTTP API: random bytes, 100 KB strings, control characters, right-to-left and
 * zero-width characters, Lucene query syntax, JSON, HTML and markdown injection, and Discord mentions, alone and
 * mixed into plausible questions; and broken query strings. The same seed gives the same inputs, so a failure
 * can be replayed.
 */
final class FuzzInputs {

    private static final List<String> QUESTIONS = List.of("When did the nurses strike?",
            "How many troops were to be deployed during the ambulance strikes?", "What did the BMA ask for?",
            "pay offer", "junior doctors", "Who is the health secretary?");

    private static final List<String> HOSTILE = List.of(
            // Lucene query syntax
            "title:nurses AND (pay OR \"strike\"~2)^3", "*", "?", "nurs*", "/.*/", "[a TO z]", "{* TO *}",
            "pay~0.5", "\\", "\"", "((((((", "))))", "+-&&||!(){}[]^\"~*?:\\/", "NOT", "AND OR NOT", "field:",
            ":", "a:b:c", "\"unterminated", "text:/(a+)+$/", "~~~~~~", "^^^^",
            // JSON injection
            "\"}, {\"question\": \"x\"", "{\"$ne\": null}", "\\u0000", "\\\"", "\"question\":", "[]", "null",
            "{\"question\": {\"question\": \"?\"}}",
            // HTML and markdown
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</textarea><b>", "&lt;&amp;&#0;",
            "[click](javascript:alert(1))", "**bold** _it_ `code` ```fence```", "# heading", "> quote", "|a|b|",
            "![x](http://127.0.0.1/)", "<!-- comment", "]]>", "<?xml version=\"1.0\"?>",
            // Discord mentions
            "@everyone", "@here", "<@&123456789012345678>", "<@!123>", "<#123>", "@everyone @here ping",
            // right-to-left, zero-width and other odd code points
            "\u202Etsrif\u202C", "\u200F\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u200B\u200C\u200D\uFEFF",
            "\u2066isolate\u2069", "n\u0301u\u0308rses", "\uD83D\uDE91\uD83C\uDFE5", "\uD800", "\uDFFF\uD800",
            "\uFFFF\uFFFE", "\u0000", "\u0007\u001B[31m", "\r\n\r\n", "\t\t", "\u0085\u2028\u2029",
            // numbers and sizes
            "-1", "99999999999999999999999", "NaN", "1e309", "0x41");

    private final Random random;

    FuzzInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A question-like string: a hostile piece, random code points, a control-character soup, or a mix. */
    String text() {
        return switch (random.nextInt(10)) {
            case 0 -> randomCodePoints(1 + random.nextInt(200));
            case 1 -> controlCharacters(1 + random.nextInt(50));
            case 2 -> huge();
            case 3 -> new String(bytes(1 + random.nextInt(300)), StandardCharsets.UTF_8);
            case 4, 5 -> pick(HOSTILE);
            default -> mix();
        };
    }

    /** A request body for {@code /api/ask}: usually JSON around {@link #text()}, sometimes not JSON at all. */
    byte[] askBody() {
        return switch (random.nextInt(8)) {
            case 0 -> bytes(random.nextInt(2000));
            case 1 -> pick(List.of("{", "}", "[]", "null", "42", "\"question\"", "{\"question\": 42}",
                    "{\"question\": null}", "{\"question\": [\"a\"]}", "{\"question\": {\"a\": 1}}",
                    "{\"question\": \"a\", \"question\": \"b\"}", "{\"question\": \"\\ud800\"}",
                    "{\"question\": \"pay\", \"extra\": true}", "[".repeat(5000), "{\"a\":".repeat(3000),
                    "{\"question\": \"nurses\"" + " ".repeat(1000)))
                    .getBytes(StandardCharsets.UTF_8);
            default -> ("{\"question\": " + jsonString(text()) + "}").getBytes(StandardCharsets.UTF_8);
        };
    }

    /**
     * A query string sent as it is: broken percent escapes, bytes that are not UTF-8, and more parameters than
     * Tomcat takes, around an honest {@code q}.
     */
    String malformedQuery() {
        String broken = pick(List.of("%ff%fe", "a%", "%", "%%", "%zz", "%u0041", "%c3%28", "%e2%82", "%ed%a0%80",
                "%00", "nurses%2", "+%+"));
        return switch (random.nextInt(4)) {
            case 0 -> broken;
            case 1 -> "nurses&k=" + broken;
            case 2 -> "pay&" + "p=1&".repeat(1_000 + random.nextInt(200)) + "k=3";
            default -> broken + "&q=" + broken;
        };
    }

    /** A value for {@code k}: mostly valid, sometimes not a number or out of range. */
    String k() {
        return random.nextInt(4) > 0 ? Integer.toString(1 + random.nextInt(50))
                : pick(List.of("0", "-1", "51", "abc", "1.5", "", "99999999999", "8 OR 1=1", "\u0661"));
    }

    private String mix() {
        StringBuilder out = new StringBuilder(pick(QUESTIONS));
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            int at = random.nextInt(out.length() + 1);
            out.insert(at, random.nextBoolean() ? pick(HOSTILE) : randomCodePoints(1 + random.nextInt(5)));
        }
        return out.toString();
    }

    // 100 KB: over the question limit and, in a JSON body, over the API's 64 KiB body limit.
    private String huge() {
        String unit = random.nextBoolean() ? pick(HOSTILE) : pick(QUESTIONS) + " ";
        return unit.repeat(100 * 1024 / unit.length() + 1);
    }

    private String randomCodePoints(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> random.nextInt(0x800);
                case 2 -> random.nextInt(0x10000);
                default -> random.nextInt(Character.MAX_CODE_POINT + 1);
            };
            // Lone surrogates too: a Java string may hold them, and a client may send their broken encoding.
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private String controlCharacters(int n) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x7f + random.nextInt(0x21)));
        }
        return out.toString();
    }

    private byte[] bytes(int n) {
        byte[] out = new byte[n];
        random.nextBytes(out);
        return out;
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** A JSON string literal; lone surrogates are escaped as {@code \\uXXXX}, which a strict parser may refuse. */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
