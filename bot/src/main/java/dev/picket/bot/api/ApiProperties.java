package dev.picket.bot.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.api.*}: what one client may ask of the HTTP API.
 *
 * @param requestsPerMinute requests to {@code /api/**} one client address may make a minute, in a burst or spread
 * @param bodyDeadline      the most time a request body may take to arrive; a trickled body is cut off after it
 */
@ConfigurationProperties("picket.api")
public record ApiProperties(@DefaultValue("300") int requestsPerMinute, @DefaultValue("10s") Duration bodyDeadline) {

    public ApiProperties {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("picket.api.requests-per-minute must be at least 1");
        }
    }
}
