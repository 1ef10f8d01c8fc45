package dev.picket.bot.discord;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import dev.picket.bot.discord.about.AboutCommand;
import dev.picket.bot.discord.ask.AskCommand;
import dev.picket.bot.discord.ask.AskGate;
import dev.picket.bot.discord.ask.AskHandler;
import dev.picket.bot.discord.ask.DefaultFollowUpRewriter;
import dev.picket.bot.discord.ask.FollowUpRewriter;
import dev.picket.bot.discord.ask.MentionHandler;
import dev.picket.bot.discord.ask.ReplyChain;
import dev.picket.bot.discord.commands.ButtonHandler;
import dev.picket.bot.discord.commands.ButtonRouter;
import dev.picket.bot.discord.commands.CommandRegistry;
import dev.picket.bot.discord.commands.Moderators;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.discord.feedback.FeedbackButtons;
import dev.picket.bot.discord.feedback.FeedbackProperties;
import dev.picket.bot.discord.feedback.FeedbackRecorder;
import dev.picket.bot.discord.feedback.FeedbackStore;
import dev.picket.bot.discord.feedback.JsonlFeedbackStore;
import dev.picket.bot.discord.feedback.RecentAnswers;
import dev.picket.bot.discord.feedback.SaltFile;
import dev.picket.bot.discord.feedback.UserHasher;
import dev.picket.bot.discord.format.AnswerFormatter;
import dev.picket.bot.discord.format.CorpusSummary;
import dev.picket.bot.discord.format.MessageSplitter;
import dev.picket.bot.discord.limits.AnswerQueue;
import dev.picket.bot.discord.limits.LimitProperties;
import dev.picket.bot.api.QuestionRateLimiter;
import dev.picket.bot.discord.sources.SourcesCommand;
import dev.picket.bot.discord.timeline.EventsCommand;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.bot.llm.LlmProperties;
import dev.picket.corpus.ArticleInfo;
import dev.picket.retrieval.Answerer;
import dev.picket.retrieval.StreamingAnswerer;
import dev.picket.retrieval.answer.Timeline;
import dev.picket.bot.metrics.AnswerMetrics;
import dev.picket.bot.metrics.FrontEnd;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The Discord bot, wired only when {@code DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordTokenCondition.class)
@EnableConfigurationProperties({DiscordProperties.class, LimitProperties.class, FeedbackProperties.class})
class DiscordConfiguration {

    /** How many earlier questions of a reply chain a follow-up may draw on. */
    static final int MAX_CHAIN = 3;

    @Bean
    Supplier<CorpusSummary> corpusSummary(KnowledgeBase knowledge) {
        return () -> CorpusSummary.of(articles(knowledge).get());
    }

    @Bean
    AnswerFormatter answerFormatter(Supplier<CorpusSummary> corpusSummary) {
        return new AnswerFormatter(new MessageSplitter(), corpusSummary);
    }

    @Bean
    RecentAnswers recentAnswers() {
        return new RecentAnswers(5_000);
    }

    @Bean
    @ConditionalOnMissingBean
    FollowUpRewriter followUpRewriter(DiscordProperties discord) {
        return new DefaultFollowUpRewriter(discord.maxQuestionLength());
    }

    @Bean
    AskHandler askHandler(Answerer answerer, ObjectProvider<StreamingAnswerer> streaming, LlmProperties llm,
                          FollowUpRewriter rewriter, AnswerFormatter formatter, RecentAnswers recent,
                          DiscordProperties discord, AnswerMetrics metrics, KnowledgeBase knowledge, Clock clock) {
        StreamingAnswerer stream = streaming.getIfAvailable();
        StreamingAnswerer timed = metrics.streaming(FrontEnd.DISCORD,
                stream != null ? stream : StreamingAnswerer.of(answerer));
        // Only an LLM writes an answer over seconds; an extractive one is shown whole, in one edit.
        return AskHandler.builder()
                .answerer(WhileIndexing.guard(knowledge, timed), stream != null && llm.enabled())
                .rewriter(rewriter).formatter(formatter).recent(recent).clock(clock)
                .editInterval(discord.editInterval()).build();
    }

    @Bean(destroyMethod = "close")
    AnswerQueue answerQueue(LimitProperties limits, MeterRegistry meters) {
        AnswerQueue queue = new AnswerQueue(limits.maxConcurrentAnswers(), limits.maxQueued());
        Gauge.builder("picket.discord.queue.depth", queue, AnswerQueue::queued)
                .description("Discord questions waiting for an answer slot").register(meters);
        Gauge.builder("picket.discord.answers.in.flight", queue, AnswerQueue::inFlight)
                .description("Discord questions being answered or waiting").register(meters);
        refusals(meters, "queue_full", queue, AnswerQueue::refused);
        return queue;
    }

    @Bean
    AskGate askGate(DiscordProperties discord, LimitProperties limits, MeterRegistry meters, Clock clock) {
        QuestionRateLimiter limiter = new QuestionRateLimiter(limits.questionsPerMinute(), clock);
        refusals(meters, "rate_limit", limiter, QuestionRateLimiter::refused);
        return new AskGate(new HashSet<>(discord.allowedChannels()), discord.allowDms(), discord.maxQuestionLength(),
                limiter);
    }

    private static <T> void refusals(MeterRegistry meters, String reason, T source, ToDoubleFunction<T> count) {
        FunctionCounter.builder("picket.discord.refusals", source, count)
                .description("Discord questions turned away").tag("reason", reason).register(meters);
    }

    @Bean
    AskCommand askCommand(AskGate gate, AnswerQueue queue, AskHandler handler, DiscordProperties discord) {
        return new AskCommand(gate, queue, handler, discord.threadMode());
    }

    @Bean
    MentionHandler mentionHandler(AskGate gate, AnswerQueue queue, AskHandler handler, DiscordProperties discord) {
        return new MentionHandler(gate, queue, handler, new ReplyChain(MAX_CHAIN), discord.threadMode());
    }

    @Bean
    SourcesCommand sourcesCommand(KnowledgeBase knowledge) {
        return new SourcesCommand(articles(knowledge));
    }

    @Bean
    EventsCommand timelineCommand(Timeline timeline, KnowledgeBase knowledge, AskGate gate, AnswerQueue queue) {
        return EventsCommand.timeline(timeline, knowledge, gate, queue);
    }

    @Bean
    EventsCommand latestCommand(Timeline timeline, KnowledgeBase knowledge, AskGate gate, AnswerQueue queue) {
        return EventsCommand.latest(timeline, knowledge, gate, queue);
    }

    @Bean
    AboutCommand aboutCommand(Supplier<CorpusSummary> corpusSummary, LlmProperties llm) {
        return new AboutCommand(corpusSummary, llm.providerName());
    }

    @Bean
    CommandRegistry commandRegistry(List<SlashCommand> commands, DiscordProperties discord) {
        return new CommandRegistry(commands, new Moderators(new HashSet<>(discord.moderatorRoleIds())));
    }

    @Bean
    @ConditionalOnMissingBean
    FeedbackStore feedbackStore(FeedbackProperties feedback) {
        return new JsonlFeedbackStore(feedback.log());
    }

    @Bean
    FeedbackButtons feedbackButtons(FeedbackStore store, RecentAnswers recent, FeedbackProperties feedback,
                                    MeterRegistry meters, Clock clock) {
        UserHasher hasher = new UserHasher(SaltFile.load(feedback.saltFile()));
        return new FeedbackButtons(new FeedbackRecorder(store, recent, hasher, meters, clock));
    }

    @Bean
    ButtonRouter buttonRouter(List<ButtonHandler> handlers) {
        return new ButtonRouter(handlers);
    }

    @Bean
    DiscordBot discordBot(Environment env, DiscordProperties discord, CommandRegistry commands, ButtonRouter buttons,
                          MentionHandler mentions) {
        return new DiscordBot(env.getProperty(DiscordTokenCondition.TOKEN), discord,
                new DiscordListener(commands, buttons, mentions));
    }

    private static Supplier<List<ArticleInfo>> articles(KnowledgeBase knowledge) {
        return () -> knowledge.loaded().map(l -> l.corpus().articles()).orElse(List.of());
    }
}
