package dev.picket.bot.discord.commands;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.ReferenceIds;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's slash commands by name. Two commands of one name would silently replace each other in Discord, so
 * the registry refuses to start with a duplicate. Moderator commands are registered hidden from other members
 * and checked again here, because a server's admins can change who sees a command.
 */
public final class CommandRegistry {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistry.class);

    private final Map<String, SlashCommand> commands;
    private final Moderators moderators;

    public CommandRegistry(List<SlashCommand> commands, Moderators moderators) {
        this.moderators = moderators;
        Map<String, Long> counts = commands.stream()
                .collect(Collectors.groupingBy(SlashCommand::name, LinkedHashMap::new, Collectors.counting()));
        List<String> duplicates = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        if (!duplicates.isEmpty()) {
            throw new IllegalStateException("two or more slash commands are named " + duplicates);
        }
        this.commands = commands.stream().collect(Collectors.toMap(SlashCommand::name, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    /** What to register with Discord. */
    public List<SlashCommandData> definitions() {
        return commands.values().stream().map(c -> {
            SlashCommandData data = c.definition();
            return c.moderatorOnly()
                    ? data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                            .setContexts(InteractionContextType.GUILD)
                    : data;
        }).toList();
    }

    public void dispatch(SlashCommandInteraction interaction) {
        SlashCommand command = commands.get(interaction.getName());
        if (command == null) {
            Outgoing.replyPrivately(interaction, "I don't know that command any more; it may have been removed.");
            return;
        }
        if (command.moderatorOnly() && !moderators.isModerator(interaction.getMember())) {
            Outgoing.replyPrivately(interaction, "Only moderators can use `/" + command.name()
                    + "`: members with Manage Server or a moderator role.");
            return;
        }
        try {
            command.run(interaction);
        } catch (RuntimeException e) {
            String ref = ReferenceIds.next();
            log.error("/{} failed [ref {}]", command.name(), ref, e);
            if (!interaction.isAcknowledged()) {
                Outgoing.replyPrivately(interaction, "Sorry, something went wrong. If it keeps happening, tell a "
                        + "moderator the reference `" + ref + "`.");
            }
        }
    }
}
