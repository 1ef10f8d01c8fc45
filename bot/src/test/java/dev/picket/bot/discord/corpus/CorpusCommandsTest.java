package dev.picket.bot.discord.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.picket.bot.CorpusFolder;
import dev.picket.bot.ServedCorpus;
import dev.picket.bot.articles.ArticleUploads;
import dev.picket.bot.discord.JdaMocks;
import dev.picket.bot.discord.commands.CommandRegistry;
import dev.picket.bot.discord.commands.Moderators;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

/** The moderators' corpus commands against a real corpus folder and index, with JDA's interfaces mocked. */
class CorpusCommandsTest {

    private static final long MAX_BYTES = 4096;
    private static final String TEXT = CorpusFolder.PORTERS;

    @TempDir
    Path tmp;

    ServedCorpus served;
    ReloadCommand reload;
    AddArticleCommand addArticle;
    RemoveArticleCommand removeArticle;
    CommandRegistry registry;
    final AtomicInteger downloads = new AtomicInteger();
    // Never ticks, so the report is the one edit; ProgressReplyTest covers the progress edits.
    final ScheduledExecutorService ticker = mock(ScheduledExecutorService.class);
    final ScheduledFuture<?> ticks = mock(ScheduledFuture.class);

    @BeforeEach
    void setUp() {
        when(ticker.scheduleWithFixedDelay(any(), anyLong(), anyLong(), any())).thenAnswer(i -> ticks);
        served = ServedCorpus.in(tmp);
        served.corpus.article("existing.txt", CorpusFolder.prose(1, 120));
        served.reloads.reload().join();
        ArticleUploads uploads = new ArticleUploads(served.reloads, MAX_BYTES, Clock.systemUTC());
        reload = new ReloadCommand(served.reloads, Clock.systemUTC(), ticker);
        addArticle = new AddArticleCommand(uploads, Runnable::run);
        removeArticle = new RemoveArticleCommand(uploads, Runnable::run);
        registry = new CommandRegistry(List.of(reload, addArticle, removeArticle), new Moderators(Set.of()));
    }

    @AfterEach
    void tearDown() {
        served.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reload", "add-article", "remove-article"})
    void should_refuse_and_change_nothing_when_a_non_moderator_uses_a_corpus_command(String name) throws IOException {
        List<String> before = listing();
        long generation = served.index.generation();
        SlashCommandInteraction interaction = interaction(name, member(false));
        options(interaction, "existing.txt");

        registry.dispatch(interaction);

        assertThat(privateReply(interaction)).startsWith("Only moderators can use `/" + name + "`");
        assertThat(listing()).isEqualTo(before);
        assertThat(served.index.generation()).isEqualTo(generation);
    }

    @Test
    void should_reply_with_the_report_when_a_moderator_reloads() {
        served.corpus.article("porters.txt", TEXT);
        SlashCommandInteraction interaction = interaction("reload", member(true));

        registry.dispatch(interaction);

        assertThat(edited(interaction)).contains("Reloaded", "Added (1): porters.txt", "Unchanged: 1");
        verify(ticks).cancel(false);
    }

    @Test
    void should_save_index_and_show_the_passages_when_a_moderator_adds_a_valid_article() {
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);

        addArticle.add(interaction, attachment("porters.md", TEXT));

        assertThat(edited(interaction)).contains("Saved porters.md", "passage", "Porters at St Mary's",
                "Added (1): porters.md");
        assertThat(served.search("porters overtime", 3)).first()
                .satisfies(h -> assertThat(h.articleId()).isEqualTo("porters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan.pdf", "notes.docx", "article"})
    void should_refuse_before_downloading_when_the_attachment_type_is_wrong(String name) {
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);

        addArticle.add(interaction, attachment(name, TEXT));

        assertThat(privateReply(interaction)).contains("wrong file type");
        assertThat(downloads).hasValue(0);
    }

    @Test
    void should_refuse_before_downloading_when_the_attachment_is_too_big() {
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);

        addArticle.add(interaction, new AddArticleCommand.Attachment("big.txt", MAX_BYTES + 1, this::download));

        assertThat(privateReply(interaction)).contains("too big");
        assertThat(downloads).hasValue(0);
    }

    @Test
    void should_refuse_when_the_download_is_bigger_than_the_attachment_said() {
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);
        byte[] big = "word ".repeat(2000).getBytes(StandardCharsets.UTF_8);

        addArticle.add(interaction, new AddArticleCommand.Attachment("big.txt", 10,
                () -> CompletableFuture.completedFuture(new ByteArrayInputStream(big))));

        assertThat(edited(interaction)).contains("too big");
        assertThat(served.corpus.dir.resolve("big.txt")).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void should_refuse_when_the_date_is_missing() {
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);
        when(interaction.getOption(eq("published"), any(Function.class))).thenReturn(null);

        addArticle.add(interaction, attachment("porters.txt", TEXT));

        assertThat(edited(interaction)).contains("'published' is required");
        assertThat(served.corpus.dir.resolve("porters.txt")).doesNotExist();
    }

    @Test
    void should_refuse_when_the_name_is_taken_and_replace_is_not_set() throws IOException {
        String before = Files.readString(served.corpus.dir.resolve("existing.txt"));
        SlashCommandInteraction interaction = interaction("add-article", member(true));
        options(interaction, null);

        addArticle.add(interaction, attachment("existing.txt", TEXT));

        assertThat(edited(interaction)).contains("already in the corpus", "replace:true");
        assertThat(Files.readString(served.corpus.dir.resolve("existing.txt"))).isEqualTo(before);
    }

    @Test
    void should_move_the_file_to_removed_when_a_moderator_removes_an_article() {
        SlashCommandInteraction interaction = interaction("remove-article", member(true));
        options(interaction, "existing");

        registry.dispatch(interaction);

        assertThat(edited(interaction)).contains("Moved existing.txt to removed/existing.txt", "Removed (1)");
        assertThat(served.corpus.dir.resolve("removed/existing.txt")).exists();
    }

    private AddArticleCommand.Attachment attachment(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new AddArticleCommand.Attachment(name, bytes.length, () -> {
            downloads.incrementAndGet();
            return CompletableFuture.completedFuture(new ByteArrayInputStream(bytes));
        });
    }

    private CompletableFuture<InputStream> download() {
        downloads.incrementAndGet();
        return CompletableFuture.completedFuture(InputStream.nullInputStream());
    }

    private static SlashCommandInteraction interaction(String name, Member member) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getName()).thenReturn(name);
        when(interaction.getMember()).thenReturn(member);
        ReplyCallbackAction reply = mock(ReplyCallbackAction.class);
        when(interaction.reply(any(MessageCreateData.class))).thenReturn(reply);
        when(reply.setEphemeral(true)).thenReturn(reply);
        when(interaction.deferReply(true)).thenReturn(reply);
        InteractionHook hook = JdaMocks.hook();
        when(interaction.getHook()).thenReturn(hook);
        return interaction;
    }

    @SuppressWarnings("unchecked")
    private static void options(SlashCommandInteraction interaction, String article) {
        when(interaction.getOption(eq("source"), any(Function.class))).thenReturn("The Gazette");
        when(interaction.getOption(eq("published"), any(Function.class))).thenReturn("2025-07-30");
        when(interaction.getOption(eq("title"), any(Function.class))).thenReturn("Porters walk out");
        when(interaction.getOption(eq("article"), any(Function.class))).thenReturn(article);
    }

    private static Member member(boolean manageServer) {
        Member member = mock(Member.class);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(member.getRoles()).thenReturn(List.of());
        return member;
    }

    private static String privateReply(SlashCommandInteraction interaction) {
        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(interaction).reply(sent.capture());
        assertThat(sent.getValue().getAllowedMentions()).isEmpty();
        return sent.getValue().getContent();
    }

    private static String edited(SlashCommandInteraction interaction) {
        verify(interaction).deferReply(true);
        ArgumentCaptor<MessageEditData> edit = ArgumentCaptor.forClass(MessageEditData.class);
        verify(interaction.getHook(), timeout(10_000)).editOriginal(edit.capture());
        assertThat(edit.getValue().getAllowedMentions()).isEmpty();
        return edit.getValue().getContent();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.walk(served.corpus.dir)) {
            return files.map(f -> served.corpus.dir.relativize(f).toString()).sorted().toList();
        }
    }
}
