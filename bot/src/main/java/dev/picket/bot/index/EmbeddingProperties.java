package dev.picket.bot.index;

import dev.picket.retrieval.embed.Model;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.embedding.*}: the in-process model behind the vector and hybrid modes.
 *
 * @param model {@code minilm} (all-MiniLM-L6-v2, the default: declines what the articles don't cover more
 *              reliably, in half the time) or {@code bge-small} (BAAI bge-small-en-v1.5: ranks passages better,
 *              declines fewer answerable questions); a change of model rebuilds the index's vectors and starts
 *              the embedding cache afresh
 */
@ConfigurationProperties("picket.embedding")
public record EmbeddingProperties(@DefaultValue("minilm") Model model) {
}
