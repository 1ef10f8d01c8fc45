package dev.picket.bot.index;

import dev.picket.retrieval.embed.Model;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.embedding.*}: the in-process model behind the vector and hybrid modes.
 *
 * @param model {@code bge-small} (BAAI bge-small-en-v1.5, the default: better answers, about twice MiniLM's
 *              time per question) or {@code minilm} (all-MiniLM-L6-v2); a change of model rebuilds the index's
 *              vectors and starts the embedding cache afresh
 */
@ConfigurationProperties("picket.embedding")
public record EmbeddingProperties(@DefaultValue("bge-small") Model model) {
}
