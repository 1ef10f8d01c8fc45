package dev.picket.bot.discord.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Votes as JSON lines, appended to one file. The file is read once at start, so a user cannot vote twice on an
 * answer across restarts either.
 */
public final class JsonlFeedbackStore implements FeedbackStore {

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> voted = new HashSet<>();

    public JsonlFeedbackStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                lines.filter(l -> !l.isBlank()).forEach(this::remember);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the feedback log " + file + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized boolean record(FeedbackEntry entry) {
        if (!voted.add(key(entry.answerId(), entry.userHash()))) {
            return false;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json.writeValueAsString(entry) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            voted.remove(key(entry.answerId(), entry.userHash()));
            throw new UncheckedIOException("cannot append to the feedback log " + file + ": " + e.getMessage(), e);
        }
    }

    private void remember(String line) {
        try {
            JsonNode node = json.readTree(line);
            voted.add(key(node.path("answerId").asString(), node.path("userHash").asString()));
        } catch (RuntimeException e) {
            // A line cut short by a crash must not stop the bot; it only loses that one vote's dedup.
        }
    }

    private static String key(String answerId, String userHash) {
        return answerId + "/" + userHash;
    }
}
