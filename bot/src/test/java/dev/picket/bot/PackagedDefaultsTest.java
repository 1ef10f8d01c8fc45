package dev.picket.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The jar carries its defaults, so picket started from any folder shuts down gracefully and keeps health private. */
class PackagedDefaultsTest {

    @Test
    void should_carry_the_safe_defaults_on_the_class_path_when_started_from_any_folder() throws IOException {
        ClassPathResource defaults = new ClassPathResource("application.yml");
        assertThat(defaults.exists()).as("application.yml on the class path").isTrue();
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("defaults", defaults);
        PropertySource<?> source = yaml.getFirst();

        assertThat(source.getProperty("server.shutdown")).hasToString("graceful");
        assertThat(source.getProperty("server.address")).hasToString("127.0.0.1");
        assertThat(source.getProperty("management.endpoint.health.show-details")).hasToString("when-authorized");
        assertThat(source.getProperty("management.endpoints.web.exposure.include")).hasToString("health,info,metrics,prometheus");
    }
}
