package dev.picket.bot.discord.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import dev.picket.bot.articles.ArticleUploads;
import dev.picket.bot.articles.NewArticle;
import dev.picket.bot.articles.UploadRefused;
import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.corpus.ArticleFormat;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /add-article} (moderators): an attached article with its outlet, date and headline is checked, saved
 * into the corpus folder with its {@code sources.csv} row, and indexed; the reply shows its passages.
 */
public final class AddArticleCommand implements SlashCommand {

    static final long DOWNLOAD_TIMEOUT_SECONDS = 60;

    private final ArticleUploads uploads;
    private final CommandWork work;
    private final ArticleReplies replies = new ArticleReplies();

    public AddArticleCommand(ArticleUploads uploads, Executor executor) {
        this.uploads = uploads;
        this.work = new CommandWork(executor);
    }

    /** An attachment as far as this command needs it; {@code content} downloads it. */
    record Attachment(String fileName, long size, Supplier<CompletableFuture<InputStream>> content) {
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash("add-article", "Add a news article to the corpus (moderators)")
                .addOption(OptionType.ATTACHMENT, "file", "The article: a " + ArticleFormat.extensionsText() + " file", true)
                .addOption(OptionType.STRING, "source", "The outlet, e.g. The Guardian", true)
                .addOption(OptionType.STRING, "published", "The publication date, YYYY-MM-DD", true)
                .addOption(OptionType.STRING, "title", "The headline", true)
                .addOption(OptionType.STRING, "url", "The article's web address", false)
                .addOption(OptionType.BOOLEAN, "replace", "Replace a file of the same name (default: no)", false);
    }

    @Override
    public boolean moderatorOnly() {
        return true;
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        Message.Attachment file = interaction.getOption("file", OptionMapping::getAsAttachment);
        add(interaction, file == null ? null
                : new Attachment(file.getFileName(), file.getSize(), () -> file.getProxy().download()));
    }

    void add(SlashCommandInteraction interaction, Attachment file) {
        try {
            if (file == null) {
                throw new UploadRefused("attach the article file");
            }
            uploads.checkFile(file.fileName(), file.size());
        } catch (UploadRefused e) {
            Outgoing.replyPrivately(interaction, CommandWork.refused(e.getMessage()));
            return;
        }
        String source = interaction.getOption("source", OptionMapping::getAsString);
        String published = interaction.getOption("published", OptionMapping::getAsString);
        String title = interaction.getOption("title", OptionMapping::getAsString);
        String url = interaction.getOption("url", OptionMapping::getAsString);
        Boolean replace = interaction.getOption("replace", OptionMapping::getAsBoolean);
        work.start(interaction, () -> replies.added(uploads.add(new NewArticle(file.fileName(), download(file),
                source, published, title, url, Boolean.TRUE.equals(replace)))));
    }

    /** At most one byte over the limit is read, so a file bigger than its stated size is still refused. */
    private byte[] download(Attachment file) throws UploadRefused {
        try (InputStream in = file.content().get().get(DOWNLOAD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, uploads.maxBytes() + 1));
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new UploadRefused("could not download the attachment from Discord; please try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadRefused("stopped while downloading the attachment");
        }
    }
}
