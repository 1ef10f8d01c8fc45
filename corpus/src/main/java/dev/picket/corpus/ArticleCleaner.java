package dev.picket.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a raw article file into clean text: markup to text, the crawler's date header to a date, boilerplate
 * removed, whitespace normalised, paragraphs separated by a blank line.
 */
final class ArticleCleaner {

    /** Bump when cleaning changes, so that content hashes change and the index is rebuilt. */
    static final int VERSION = 2;

    record Cleaned(String text, LocalDate date, String title) {
    }

    private static final Pattern DATE_HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<(a|p|i|b|em|strong|span|div|br|h[1-6])\\b[^>]*>|&(amp|nbsp|quot|#\\d+);",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\s&&[^\\n]]+|\\u00A0|\\u2007|\\u202F");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final String HTML_NOISE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "svg, button, figcaption, template";

    private final BoilerplateRules rules;

    ArticleCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    Cleaned clean(String raw, ArticleFormat format) {
        String text = INVISIBLE.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        LocalDate date = null;
        Matcher header = DATE_HEADER.matcher(text);
        if (header.find()) {
            date = parseDate(header.group(1));
            text = text.substring(header.end());
        }
        String title = null;
        switch (format) {
            case HTML -> {
                Document doc = Jsoup.parse(text);
                title = htmlTitle(doc);
                if (date == null) {
                    date = htmlDate(doc);
                }
                doc.select(HTML_NOISE).remove();
                text = blockText(doc.body() == null ? doc : doc.body(), false);
            }
            case MARKDOWN -> {
                Node document = Parser.builder().build().parse(text);
                unwrapLinks(document);
                title = firstHeading(document);
                text = markdownText(document);
            }
            case TEXT -> {
                if (LOOKS_LIKE_HTML.matcher(text).find()) {
                    text = blockText(Jsoup.parseBodyFragment(text).body(), true);
                }
            }
        }
        return new Cleaned(String.join("\n\n", rules.apply(paragraphs(text))), date, title);
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(CONTROL.matcher(text).replaceAll(" "))) {
            String normalised = SPACES.matcher(p.replace('\n', ' ')).replaceAll(" ").strip();
            if (!normalised.isEmpty()) {
                out.add(normalised);
            }
        }
        return out;
    }

    // Text of an element with a blank line around every block element, so paragraphs survive. In an HTML file
    // a newline is just a space; in a text file with inline tags it keeps its meaning.
    private static String blockText(Element root, boolean keepNewlines) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(keepNewlines ? t.getWholeText() : t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && e.nameIs("br")) {
                    sb.append('\n');
                } else if (node instanceof Element e && e.isBlock()) {
                    sb.append("\n\n");
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append("\n\n");
                }
            }
        }, root);
        return sb.toString();
    }

    private static String htmlTitle(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().isBlank() ? null : doc.title().strip();
    }

    private static LocalDate htmlDate(Document doc) {
        Element meta = doc.selectFirst("meta[property=article:published_time], meta[name=date], time[datetime]");
        if (meta == null) {
            return null;
        }
        String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
        return value.length() >= 10 ? parseDate(value.substring(0, 10)) : null;
    }

    private static String firstHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                String t = TextContentRenderer.builder().build().render(h).strip();
                h.unlink();
                return t.isEmpty() ? null : t;
            }
        }
        return null;
    }

    // A link becomes its text and an image goes, as in HTML; the text renderer would write '"text" (address)'.
    private static void unwrapLinks(Node document) {
        List<Node> targets = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                targets.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                targets.add(image);
            }
        });
        for (Node n : targets) {
            if (n instanceof Link) {
                for (Node child = n.getFirstChild(); child != null; child = n.getFirstChild()) {
                    n.insertBefore(child);
                }
            }
            n.unlink();
        }
    }

    private static String markdownText(Node document) {
        TextContentRenderer renderer = TextContentRenderer.builder().build();
        StringBuilder sb = new StringBuilder();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            sb.append(renderer.render(n).strip()).append("\n\n");
        }
        return sb.toString();
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
