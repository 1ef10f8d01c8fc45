package dev.picket.bot.eval;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code picket.eval.*}: the bounds of {@code POST /api/eval}.
 *
 * @param maxQuestions the most questions one run may ask
 * @param maxBody      the largest question set that may be posted
 * @param timeout      how long the caller waits for a run; an LLM answering hundreds of questions can be slow
 * @param heartbeat    how often a run checks that its caller is still there (a space written ahead of the JSON)
 */
@ConfigurationProperties("picket.eval")
record EvalProperties(@DefaultValue("500") int maxQuestions, @DefaultValue("256KB") DataSize maxBody,
                      @DefaultValue("10m") Duration timeout, @DefaultValue("5s") Duration heartbeat) {
}
