package dev.picket.bot.index;

import dev.picket.retrieval.RetrievalMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.retrieval.*}: how passages are found.
 *
 * @param mode {@code bm25} (words), {@code vector} (meaning, in-process MiniLM embeddings) or {@code hybrid}
 *             (both, fused by reciprocal rank)
 */
@ConfigurationProperties("picket.retrieval")
public record RetrievalProperties(@DefaultValue("hybrid") RetrievalMode mode) {
}
