package dev.picket.bot.reload;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The folder watcher, only when {@code picket.corpus.watch=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("picket.corpus.watch")
class WatchConfiguration {

    @Bean(destroyMethod = "close")
    CorpusWatcher corpusWatcher(ReloadService reloads, WatchProperties properties) throws IOException {
        CorpusWatcher watcher = new CorpusWatcher(reloads, properties.watchSettle());
        watcher.start();
        return watcher;
    }
}
