package dev.picket.bot.index;

import java.util.List;

import dev.picket.retrieval.RetrievalMode;
import dev.picket.retrieval.answer.Scope;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.retrieval.*}: how passages are found.
 *
 * @param mode  {@code bm25} (words), {@code vector} (meaning, in-process MiniLM embeddings) or {@code hybrid}
 *              (both, fused by reciprocal rank)
 * @param scope the words of picket's subject (NHS strikes by default): an article whose headline or first passage
 *              uses none of them is another subject's, left out of answers that no question's words narrow down
 *              ("any news?", "tl;dr"); empty for every article
 */
@ConfigurationProperties("picket.retrieval")
public record RetrievalProperties(@DefaultValue("hybrid") RetrievalMode mode,
                                  @DefaultValue(Scope.NHS_WORDS) List<String> scope) {

    public RetrievalProperties {
        scope = scope == null ? List.of() : List.copyOf(scope);
    }

    /** The configured subject, as the retrieval pipeline takes it. */
    Scope subject() {
        return scope.isEmpty() ? Scope.everything() : Scope.of(scope);
    }
}
