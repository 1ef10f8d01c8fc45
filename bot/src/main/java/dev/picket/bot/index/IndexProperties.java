package dev.picket.bot.index;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code picket.index.*}: where the Lucene index lives; it is rebuilt from the corpus when missing. */
@ConfigurationProperties("picket.index")
public record IndexProperties(@DefaultValue("data/index") Path dir) {
}
