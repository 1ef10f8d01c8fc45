package dev.picket.bot;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Binds folder and file settings as plain file-system paths. Spring's default treats the text as a resource
 * location, which rejects a relative path that climbs out ({@code ../articles}) and misreads {@code classpath:}
 * prefixes; an operator pointing picket at a folder means exactly that folder.
 */
@Component
@ConfigurationPropertiesBinding
class PlainPathConverter implements Converter<String, Path> {

    @Override
    public Path convert(String source) {
        return Path.of(source.strip());
    }
}
