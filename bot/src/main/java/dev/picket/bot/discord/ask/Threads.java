package dev.picket.bot.discord.ask;

import java.util.Optional;
import java.util.function.Supplier;

import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thread names made from questions, within Discord's 100-character limit; and opening the threads. */
final class Threads {

    static final int MAX_NAME = 100;
    private static final Logger log = LoggerFactory.getLogger(Threads.class);

    private Threads() {
    }

    static String name(String question) {
        String name = question.strip().replaceAll("\\s+", " ");
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "…";
    }

    /**
     * Opens a thread for an answer, or finds that it can't: a server may not let the bot create threads in a
     * channel, and then the answer is better given in place than lost.
     */
    static Optional<ThreadChannel> open(Supplier<RestAction<ThreadChannel>> create) {
        try {
            return Optional.of(create.get().complete());
        } catch (RuntimeException e) {
            log.warn("Opening a thread for an answer failed, so it is answered in place: {}", e.toString());
            return Optional.empty();
        }
    }
}
