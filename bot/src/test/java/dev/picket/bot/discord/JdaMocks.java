package dev.picket.bot.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.restaction.AuditableRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.MessageEditAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageDeleteAction;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/** Mocks of JDA's interfaces (never its internals) that answer the calls the bot makes. */
public final class JdaMocks {

    private static final AtomicLong IDS = new AtomicLong(1_000);

    private JdaMocks() {
    }

    public static User user(long id, boolean bot) {
        User user = mock(User.class);
        when(user.getIdLong()).thenReturn(id);
        when(user.isBot()).thenReturn(bot);
        return user;
    }

    public static Message sent() {
        Message message = mock(Message.class);
        when(message.getIdLong()).thenReturn(IDS.incrementAndGet());
        return message;
    }

    /** A hook whose sends and edits all succeed. */
    @SuppressWarnings("unchecked")
    public static InteractionHook hook() {
        InteractionHook hook = mock(InteractionHook.class);
        when(hook.setEphemeral(anyBoolean())).thenReturn(hook);
        WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class);
        when(edit.submit()).thenAnswer(i -> CompletableFuture.completedFuture(sent()));
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        when(hook.editMessageById(anyLong(), any(MessageEditData.class))).thenReturn(edit);
        WebhookMessageCreateAction<Message> create = mock(WebhookMessageCreateAction.class);
        when(create.submit()).thenAnswer(i -> CompletableFuture.completedFuture(sent()));
        when(hook.sendMessage(any(MessageCreateData.class))).thenReturn(create);
        WebhookMessageDeleteAction delete = mock(WebhookMessageDeleteAction.class);
        when(delete.submit()).thenReturn(CompletableFuture.completedFuture(null));
        when(hook.deleteMessageById(anyLong())).thenReturn(delete);
        return hook;
    }

    /** A channel whose sends, edits and deletes all succeed. */
    @SuppressWarnings("unchecked")
    public static <T extends MessageChannel> T channel(Class<T> type, long id) {
        T channel = mock(type);
        when(channel.getIdLong()).thenReturn(id);
        MessageCreateAction create = mock(MessageCreateAction.class);
        when(create.submit()).thenAnswer(i -> CompletableFuture.completedFuture(sent()));
        when(channel.sendMessage(any(MessageCreateData.class))).thenReturn(create);
        MessageEditAction edit = mock(MessageEditAction.class);
        when(edit.submit()).thenAnswer(i -> CompletableFuture.completedFuture(sent()));
        when(channel.editMessageById(anyLong(), any(MessageEditData.class))).thenReturn(edit);
        AuditableRestAction<Void> delete = mock(AuditableRestAction.class);
        when(delete.submit()).thenReturn(CompletableFuture.completedFuture(null));
        when(channel.deleteMessageById(anyLong())).thenReturn(delete);
        return channel;
    }

    /** Lets {@code message.reply(...)} succeed. */
    public static void replies(Message message) {
        MessageCreateAction create = mock(MessageCreateAction.class);
        when(create.submit()).thenAnswer(i -> CompletableFuture.completedFuture(sent()));
        when(message.reply(any(MessageCreateData.class))).thenReturn(create);
    }

    /** Every message body handed to any of the mocks, in call order. */
    public static List<MessageData> messagesSentTo(Object... mocks) {
        List<MessageData> all = new ArrayList<>();
        for (Object m : mocks) {
            mockingDetails(m).getInvocations().forEach(inv -> Arrays.stream(inv.getArguments())
                    .filter(MessageData.class::isInstance).map(MessageData.class::cast).forEach(all::add));
        }
        return all;
    }
}
