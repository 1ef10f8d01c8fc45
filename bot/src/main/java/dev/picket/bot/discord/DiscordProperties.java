package dev.picket.bot.discord;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.discord.*}: where and how the bot answers. The token is not here: it is read from the
 * {@code DISCORD_TOKEN} environment variable only, so it never lands in a file or a toString.
 *
 * @param allowedChannels      channel ids the bot answers in (a thread counts as its parent); empty for all
 * @param allowDms             whether it answers in direct messages
 * @param threadMode           whether each new question in a server opens a thread, named after it, for the answer
 * @param moderatorRoleIds     roles whose members are moderators, besides those with Manage Server
 * @param maxQuestionLength    longer questions are refused with a note (at most 1,000, as over HTTP)
 * @param messageContentIntent whether to ask for the privileged message content intent (see docs/discord.md)
 * @param editInterval         the least time between two edits of a streamed answer
 * @param apiUrl               Discord's REST API; another only for a stand-in Discord in tests
 * @param gatewayUrl           Discord's gateway; another only for a stand-in Discord in tests
 * @param shards               how many gateway connections the bot has, and which of them this process opens
 */
@ConfigurationProperties("picket.discord")
public record DiscordProperties(@DefaultValue List<Long> allowedChannels,
                                @DefaultValue("false") boolean allowDms,
                                @DefaultValue("false") boolean threadMode,
                                @DefaultValue List<Long> moderatorRoleIds,
                                @DefaultValue("1000") int maxQuestionLength,
                                @DefaultValue("false") boolean messageContentIntent,
                                @DefaultValue("1s") Duration editInterval,
                                @DefaultValue("https://discord.com/api/v10/") String apiUrl,
                                @DefaultValue("wss://gateway.discord.gg/") String gatewayUrl,
                                @DefaultValue DiscordShards shards) {

    public DiscordProperties {
        allowedChannels = List.copyOf(allowedChannels);
        moderatorRoleIds = List.copyOf(moderatorRoleIds);
        if (maxQuestionLength < 1 || maxQuestionLength > dev.picket.bot.ask.Questions.MAX_LENGTH) {
            throw new IllegalArgumentException("picket.discord.max-question-length must be from 1 to "
                    + dev.picket.bot.ask.Questions.MAX_LENGTH);
        }
        if (editInterval.isNegative()) {
            throw new IllegalArgumentException("picket.discord.edit-interval must not be negative");
        }
    }
}
