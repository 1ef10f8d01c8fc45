package dev.picket.bot.index;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP once the index is open and holds passages, with its counts; DOWN with the reason otherwise. */
@Component("index")
class IndexHealthIndicator implements HealthIndicator {

    private final KnowledgeBase knowledge;

    IndexHealthIndicator(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        Health.Builder health = knowledge.isServing() ? Health.up() : Health.down();
        health.withDetail("articles", knowledge.index().articleCount())
                .withDetail("passages", knowledge.index().passageCount())
                .withDetail("generation", knowledge.index().generation())
                .withDetail("synced", knowledge.loaded().isPresent());
        knowledge.loaded().ifPresent(s -> health.withDetail("syncedAt", s.at().toString())
                .withDetail("skippedFiles", s.corpus().report().skipped().size()));
        knowledge.lastError().ifPresent(e -> health.withDetail("error", e));
        knowledge.reloads().progress().ifPresent(p -> health.withDetail("reload", p.figures()));
        return health.build();
    }
}
