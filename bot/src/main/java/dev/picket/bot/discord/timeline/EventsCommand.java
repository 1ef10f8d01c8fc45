package dev.picket.bot.discord.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.picket.bot.discord.Outgoing;
import dev.picket.bot.discord.ask.AskCommand;
import dev.picket.bot.discord.ask.AskGate;
import dev.picket.bot.discord.commands.ButtonHandler;
import dev.picket.bot.discord.commands.SlashCommand;
import dev.picket.bot.discord.format.DiscordText;
import dev.picket.bot.discord.limits.AnswerQueue;
import dev.picket.bot.index.KnowledgeBase;
import dev.picket.retrieval.answer.Timeline;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/**
 * {@code /timeline [topic]} (earliest first) and {@code /latest [topic]} (newest first, dated events only), shown
 * privately in pages with ◀ ▶ buttons. They pass the channel rules and the rate limit of {@code /ask} and run on
 * its queue, never on JDA's thread. The buttons carry the page and the topic, so paging needs no state.
 */
public final class EventsCommand implements SlashCommand, ButtonHandler {

    /** The longest topic: a button's custom id holds at most 100 characters. */
    static final int MAX_TOPIC = 80;
    static final int MAX_EVENTS = 60;

    private final boolean newestFirst;
    private final Timeline timeline;
    private final KnowledgeBase knowledge;
    private final AskGate gate;
    private final AnswerQueue queue;

    private EventsCommand(boolean newestFirst, Timeline timeline, KnowledgeBase knowledge, AskGate gate,
                          AnswerQueue queue) {
        this.newestFirst = newestFirst;
        this.timeline = timeline;
        this.knowledge = knowledge;
        this.gate = gate;
        this.queue = queue;
    }

    public static EventsCommand timeline(Timeline timeline, KnowledgeBase knowledge, AskGate gate, AnswerQueue queue) {
        return new EventsCommand(false, timeline, knowledge, gate, queue);
    }

    public static EventsCommand latest(Timeline timeline, KnowledgeBase knowledge, AskGate gate, AnswerQueue queue) {
        return new EventsCommand(true, timeline, knowledge, gate, queue);
    }

    @Override
    public SlashCommandData definition() {
        return Commands.slash(prefix(), newestFirst ? "What the newest articles say, each dated"
                        : "The dispute's events in date order, each with its source")
                .addOptions(new OptionData(OptionType.STRING, "topic", "Only events about this (default: all)", false)
                        .setMaxLength(MAX_TOPIC));
    }

    @Override
    public String prefix() {
        return newestFirst ? "latest" : "timeline";
    }

    @Override
    public void run(SlashCommandInteraction interaction) {
        String topic = topic(interaction.getOption("topic", "", OptionMapping::getAsString));
        if (!gate.answersIn(interaction.isFromGuild(), interaction.getChannelIdLong(),
                AskCommand.parentOf(interaction.getChannel()))) {
            Outgoing.replyPrivately(interaction, "I don't answer in this channel.");
            return;
        }
        var limited = gate.rateLimited(String.valueOf(interaction.getUser().getIdLong()));
        if (limited.isPresent()) {
            Outgoing.replyPrivately(interaction, limited.get());
            return;
        }
        interaction.deferReply(true).queue();
        show(interaction.getHook(), topic, 0, true);
    }

    @Override
    public void click(ButtonInteraction interaction, String argument) {
        int colon = argument.indexOf(':');
        int page;
        try {
            page = Integer.parseInt(colon < 0 ? argument : argument.substring(0, colon));
        } catch (NumberFormatException e) {
            page = 0;
        }
        interaction.deferEdit().queue();
        show(interaction.getHook(), topic(colon < 0 ? "" : argument.substring(colon + 1)), page, false);
    }

    private void show(InteractionHook hook, String topic, int page, boolean tellQueued) {
        boolean accepted = queue.submit(() -> {
            if (!knowledge.isServing()) {
                hook.editOriginal(Outgoing.edit(knowledge.stillIndexing(), List.of())).queue();
                return;
            }
            EventPages pages = new EventPages(heading(topic), events(topic));
            int shown = pages.clamp(page);
            hook.editOriginal(Outgoing.edit(pages.page(shown), navigation(pages, shown, topic))).queue();
        }, position -> {
            if (tellQueued) {
                hook.editOriginal(Outgoing.edit(AskGate.queued(position), List.of())).queue();
            }
        });
        if (!accepted) {
            hook.sendMessage(AskGate.busy()).setEphemeral(true).setAllowedMentions(Outgoing.NO_MENTIONS).queue();
        }
    }

    List<Timeline.Event> events(String topic) {
        List<Timeline.Event> events = timeline.events(topic.isEmpty() ? null : topic, MAX_EVENTS);
        if (!newestFirst) {
            return events;
        }
        List<Timeline.Event> dated = new ArrayList<>(events.stream().filter(e -> e.date() != null).toList());
        Collections.reverse(dated);
        return dated;
    }

    private String heading(String topic) {
        String kind = newestFirst ? "Latest" : "Timeline";
        return topic.isEmpty() ? kind : kind + (newestFirst ? " on " : " of ") + DiscordText.escape(topic);
    }

    List<MessageTopLevelComponent> navigation(EventPages pages, int page, String topic) {
        if (pages.pageCount() < 2) {
            return List.of();
        }
        return List.of(ActionRow.of(
                Button.secondary(prefix() + ":" + (page - 1) + ":" + topic, "◀").withDisabled(page == 0),
                Button.secondary(prefix() + ":" + (page + 1) + ":" + topic, "▶")
                        .withDisabled(page == pages.pageCount() - 1)));
    }

    private static String topic(String raw) {
        String topic = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        return topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC).strip() : topic;
    }
}
