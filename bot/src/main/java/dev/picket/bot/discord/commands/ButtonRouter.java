package dev.picket.bot.discord.commands;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.picket.bot.discord.Outgoing;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;

/** Sends each button click to the handler of its custom id's prefix. */
public final class ButtonRouter {

    private final Map<String, ButtonHandler> handlers;

    public ButtonRouter(List<ButtonHandler> handlers) {
        this.handlers = handlers.stream().collect(Collectors.toMap(ButtonHandler::prefix, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("two button handlers share the prefix " + a.prefix());
                }));
    }

    public void dispatch(ButtonInteraction interaction) {
        String id = interaction.getComponentId();
        int colon = id.indexOf(':');
        ButtonHandler handler = colon < 0 ? null : handlers.get(id.substring(0, colon));
        if (handler == null) {
            Outgoing.replyPrivately(interaction, "This button no longer does anything.");
            return;
        }
        handler.click(interaction, id.substring(colon + 1));
    }
}
