package dev.picket.bot.index;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code picket.corpus.*}: where the articles are.
 *
 * @param dir          the folder of article files and {@code sources.csv}
 * @param maxFileSize  larger files are skipped and reported
 * @param boilerplate  an optional file of extra boilerplate rules, added to the built-in ones
 */
@ConfigurationProperties("picket.corpus")
public record CorpusProperties(@DefaultValue("corpus/articles") Path dir, @DefaultValue("5MB") DataSize maxFileSize,
                               Path boilerplate) {
}
