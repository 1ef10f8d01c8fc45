package dev.picket.bot.reload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.corpus.watch} and {@code picket.corpus.watch-settle}: reload by itself when the corpus folder
 * changes (off by default), once changes have stopped for the settle time.
 */
@ConfigurationProperties("picket.corpus")
public record WatchProperties(@DefaultValue("false") boolean watch, @DefaultValue("2s") Duration watchSettle) {
}
