package dev.picket.bot;

import dev.picket.bot.llm.LlmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line each for the optional outside services, so an operator sees at once what is on. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment env;
    private final LlmProperties llm;

    StartupReport(Environment env, LlmProperties llm) {
        this.env = env;
        this.llm = llm;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (env.getProperty("DISCORD_TOKEN", "").isBlank()) {
            log.info("Discord is off: DISCORD_TOKEN is not set. The HTTP API still answers.");
        }
        if (!llm.enabled()) {
            log.info("LLM is off (picket.llm.provider=none): answers are extractive, quoted from the articles.");
        }
        log.info("picket is ready: the test page is at http://localhost:{}/; POST /api/ask, GET /api/search, "
                + "GET /api/articles, POST /api/eval, GET /actuator/health", env.getProperty("local.server.port", "8080"));
    }
}
