package dev.picket.bot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** A corpus folder a test writes articles into, with their {@code sources.csv} rows. */
public final class CorpusFolder {

    private static final String[] WORDS = ("nurses doctors ambulance strike pay offer union ballot hospital ward "
            + "patients government minister talks walkout consultants juniors midwives paramedics wages inflation "
            + "rota cover emergency services waiting lists appointments cancelled picket line members vote deal "
            + "mandate dispute settlement review body award percent funding trust chief executive staff shortage "
            + "recruitment retention agency overtime shifts morale burnout").split(" ");

    /** An article no generated prose matches: its words "porters" and "overtime" find it alone. */
    public static final String PORTERS = "Porters at St Mary's walked out on Monday over unpaid overtime.\n\n"
            + prose(7, 120);

    public final Path dir;

    public CorpusFolder(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
            if (!Files.exists(sidecar())) {
                Files.writeString(sidecar(), "file,source,published,title,url\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes an article file of a few paragraphs and its sidecar row (the row is added once per file). */
    public CorpusFolder article(String fileName, String text) {
        try {
            boolean isNew = !Files.exists(dir.resolve(fileName));
            Files.writeString(dir.resolve(fileName), text);
            if (isNew) {
                Files.writeString(sidecar(), fileName + ",Test Gazette," + LocalDate.of(2025, 7, 30) + ",Headline of "
                        + fileName + ",\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFolder bytes(String fileName, byte[] content) {
        try {
            Files.write(dir.resolve(fileName), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CorpusFolder delete(String fileName) {
        try {
            Files.delete(dir.resolve(fileName));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prose of about {@code words} words drawn from strike vocabulary, the same for the same seed. */
    public static String prose(long seed, int words) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            out.append(out.isEmpty() || out.charAt(out.length() - 2) == '.'
                    ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
            out.append(i % 12 == 0 ? ". " : " ");
            if (i % 60 == 0) {
                out.append("\n\n");
            }
        }
        return out.toString().strip() + ".";
    }

    private Path sidecar() {
        return dir.resolve("sources.csv");
    }
}
