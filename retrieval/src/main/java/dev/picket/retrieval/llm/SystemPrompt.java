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
        if (file != null && Files.isRegularFile(file)) {
            try {
                return new SystemPrompt(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("can't read the system prompt " + file, e);
            }
        }
        return builtIn();
    }

    public static SystemPrompt builtIn() {
        try (InputStream in = SystemPrompt.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in system prompt is missing from the jar");
            }
            return new SystemPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system message text for a day. */
    public String render(LocalDate today) {
        return template.apply(Map.of("today", TODAY.format(today) + " (" + today + ")")).text();
    }
}
