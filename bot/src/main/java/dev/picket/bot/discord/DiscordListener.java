package dev.picket.bot.discord;

import java.util.concurrent.atomic.AtomicBoolean;

import dev.picket.bot.discord.ask.MentionHandler;
import dev.picket.bot.discord.commands.ButtonRouter;
import dev.picket.bot.discord.commands.CommandRegistry;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** JDA's events, handed on to plain handlers; nothing slow happens here. */
final class DiscordListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(DiscordListener.class);

    private final CommandRegistry commands;
    private final ButtonRouter buttons;
    private final MentionHandler mentions;
    // Slash commands are the application's, not a shard's: the first shard ready registers them for all.
    private final AtomicBoolean registered = new AtomicBoolean();

    DiscordListener(CommandRegistry commands, ButtonRouter buttons, MentionHandler mentions) {
        this.commands = commands;
        this.buttons = buttons;
        this.mentions = mentions;
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (registered.getAndSet(true)) {
            return;
        }
        event.getJDA().updateCommands().addCommands(commands.definitions()).queue(
                done -> log.info("Discord is on as {}: registered {} slash commands", event.getJDA().getSelfUser()
                        .getName(), done.size()),
                error -> log.error("Registering the slash commands with Discord failed", error));
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        commands.dispatch(event);
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        buttons.dispatch(event);
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        mentions.onMessage(event.getMessage(), event.getJDA().getSelfUser().getIdLong());
    }
}
