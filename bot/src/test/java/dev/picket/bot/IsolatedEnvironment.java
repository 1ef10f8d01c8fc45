package dev.picket.bot;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Keeps the developer's shell out of every app a test starts: an exported {@code DISCORD_TOKEN} would connect the
 * bot to Discord, and {@code PICKET_*} variables bind to {@code picket.*} keys (an LLM provider, an admin token),
 * changing what the tests test. Registered for the test class path only, in {@code META-INF/spring.factories};
 * surefire also leaves the documented keys out of the test JVMs' environment (bot/pom.xml).
 */
public final class IsolatedEnvironment implements EnvironmentPostProcessor, Ordered {

    static boolean picketReads(String variable) {
        String key = variable.toUpperCase(Locale.ROOT);
        return key.equals("DISCORD_TOKEN") || key.startsWith("PICKET_");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        if (!environment.getPropertySources().contains(name)) {
            return;
        }
        Map<String, Object> kept = environment.getSystemEnvironment().entrySet().stream()
                .filter(e -> !picketReads(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, kept));
    }

    /** After Spring Boot has set up the system environment source, so that this replaces it last. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
