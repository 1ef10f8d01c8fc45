package dev.picket.bot.discord.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Lets a streamed message be edited at most once per interval; Discord rate-limits edits and readers blink. */
final class EditThrottle {

    private final Clock clock;
    private final Duration interval;
    private Instant last;

    EditThrottle(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** Whether an edit may go out now; if so, it counts as made. */
    boolean tryEdit() {
        Instant now = clock.instant();
        if (last != null && now.isBefore(last.plus(interval))) {
            return false;
        }
        last = now;
        return true;
    }
}
