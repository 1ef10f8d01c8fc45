package dev.picket.retrieval.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import dev.langchain4j.model.input.PromptTemplate;

/**
 * The rules the LLM answers by: a template with a {@code {{today}}} variable, read from a file an operator can
 * edit ({@code config/prompts/system.txt}), or the copy of it built into the jar when there is no such file.
 */
public final class SystemPrompt {

    static final String BUILT_IN = "system.txt";
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final PromptTemplate template;

    private SystemPrompt(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("the system prompt template is empty");
        }
        this.template = PromptTemplate.from(text);
    }

    public static SystemPrompt of(String template) {
        return new SystemPrompt(template);
    }

    /** The template in the file, or the built-in one when the file does not exist. */
    public static SystemPrompt load(Path file) {
        return new SystemPrompt(read(file, BUILT_IN, "system prompt"));
    }

    public static SystemPrompt builtIn() {
        return load(null);
    }

    /** A prompt template's text from the file, or from the jar's copy (next to this class) without one. */
    static String read(Path file, String builtIn, String what) {
        if (file != null && Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("can't read the " + what + " " + file, e);
            }
        }
        try (InputStream in = SystemPrompt.class.getResourceAsStream(builtIn)) {
            if (in == null) {
                throw new IllegalStateException("the built-in " + what + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system message text for a day. */
    public String render(LocalDate today) {
        return template.apply(Map.of("today", TODAY.format(today) + " (" + today + ")")).text();
    }
}
