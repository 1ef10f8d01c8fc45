package dev.picket.bot.discord.e2e;

import static dev.picket.bot.discord.e2e.Json.arr;
import static dev.picket.bot.discord.e2e.Json.obj;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stand-in's server and the shapes of Discord's payloads about it, as strict as JDA 6 wants them: roles carry
 * {@code colors}, guild messages the author's {@code member}, interactions a {@code guild}, a {@code context} and
 * their {@code authorizing_integration_owners}.
 */
public final class Payloads {

    public static final long BOT = 1_100_000_000_000_000_001L;
    public static final long APPLICATION = BOT;
    public static final long GUILD = 1_200_000_000_000_000_001L;
    public static final long CHANNEL = 1_300_000_000_000_000_001L;
    /** A channel where nobody, the bot included, may create threads. */
    public static final long NO_THREADS_CHANNEL = 1_300_000_000_000_000_002L;
    public static final long MODERATOR_ROLE = 1_400_000_000_000_000_001L;
    public static final long MODERATOR = 1_500_000_000_000_000_001L;
    public static final long MEMBER = 1_500_000_000_000_000_002L;
    /** The server's owner, who has every permission; not the moderator, so roles are what make a moderator. */
    static final long OWNER = 1_500_000_000_000_000_009L;

    /**
     * Permissions as Discord sends them: View Channel, Send Messages, Read Message History, Use Application
     * Commands, Create Public Threads, Send Messages in Threads; Manage Server.
     */
    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 31)
            | CREATE_PUBLIC_THREADS | (1L << 38);
    static final long MANAGE_SERVER = 1L << 5;

    private static final AtomicLong IDS = new AtomicLong(1_600_000_000_000_000_000L);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private Payloads() {
    }

    /** {@code text} after an @mention of the bot, as a user types it. */
    public static String atBot(String text) {
        return "<@" + BOT + "> " + text;
    }

    /** A fresh snowflake. */
    public static long nextId() {
        return IDS.incrementAndGet();
    }

    static String now() {
        return TIMESTAMP.format(Instant.now());
    }

    static ObjectNode user(long id, boolean bot) {
        String name = bot ? "picket" : "user" + id % 100_000;
        return obj("id", String.valueOf(id), "username", name, "global_name", null, "discriminator", "0",
                "avatar", null, "bot", bot, "public_flags", 0);
    }

    static ObjectNode member(long userId, boolean moderator) {
        return obj("user", user(userId, userId == BOT), "nick", null,
                "roles", moderator ? arr(String.valueOf(MODERATOR_ROLE)) : arr(),
                "joined_at", "2024-01-01T00:00:00.000000+00:00", "premium_since", null, "deaf", false, "mute", false,
                "flags", 0, "pending", false, "avatar", null);
    }

    static ObjectNode role(long id, String name, long permissions, int position) {
        return obj("id", String.valueOf(id), "name", name, "color", 0,
                "colors", obj("primary_color", 0, "secondary_color", null, "tertiary_color", null),
                "hoist", false, "icon", null, "unicode_emoji", null, "position", position,
                "permissions", String.valueOf(permissions), "managed", false, "mentionable", false, "flags", 0);
    }

    static ObjectNode channel() {
        return channel(CHANNEL, "strikes", arr());
    }

    private static ObjectNode channel(long id, String name, JsonNode overwrites) {
        return obj("id", String.valueOf(id), "type", 0, "guild_id", String.valueOf(GUILD), "name", name,
                "position", 0, "permission_overwrites", overwrites, "parent_id", null, "topic", null, "nsfw", false,
                "last_message_id", null, "rate_limit_per_user", 0, "flags", 0);
    }

    static ObjectNode ready(String sessionId, String resumeUrl) {
        return obj("v", 10, "user", user(BOT, true).put("verified", true).put("mfa_enabled", false).put("flags", 0),
                "guilds", arr(obj("id", String.valueOf(GUILD), "unavailable", true)),
                "session_id", sessionId, "resume_gateway_url", resumeUrl, "private_channels", arr(),
                "relationships", arr(), "presences", arr(), "guild_join_requests", arr(), "shard", arr(0, 1),
                "application", obj("id", String.valueOf(APPLICATION), "flags", 0));
    }

    /** The server: the bot, a moderator (by role) and an ordinary member; a text channel, and one without threads. */
    static ObjectNode guildCreate() {
        return obj("id", String.valueOf(GUILD), "name", "Stand-in NHS server", "icon", null, "splash", null,
                "discovery_splash", null, "owner_id", String.valueOf(OWNER), "afk_channel_id", null,
                "afk_timeout", 300, "verification_level", 0, "default_message_notifications", 0,
                "explicit_content_filter", 0, "features", arr(), "mfa_level", 0, "application_id", null,
                "system_channel_id", null, "system_channel_flags", 0, "rules_channel_id", null,
                "vanity_url_code", null, "description", null, "banner", null, "premium_tier", 0,
                "premium_subscription_count", 0, "preferred_locale", "en-GB", "public_updates_channel_id", null,
                "nsfw_level", 0, "premium_progress_bar_enabled", false, "max_members", 500_000,
                "joined_at", "2024-01-01T00:00:00.000000+00:00", "large", false, "unavailable", false,
                "member_count", 3,
                "roles", arr(role(GUILD, "@everyone", EVERYONE_PERMISSIONS, 0),
                        role(MODERATOR_ROLE, "Moderators", EVERYONE_PERMISSIONS | MANAGE_SERVER, 1)),
                "emojis", arr(), "stickers", arr(), "soundboard_sounds", arr(),
                "channels", arr(channel(), channel(NO_THREADS_CHANNEL, "no-threads", arr(obj("id", String.valueOf(GUILD),
                        "type", 0, "allow", "0", "deny", String.valueOf(CREATE_PUBLIC_THREADS))))),
                "threads", arr(),
                "members", arr(member(BOT, false), member(MODERATOR, true), member(MEMBER, false)),
                "voice_states", arr(), "presences", arr(), "stage_instances", arr(), "guild_scheduled_events", arr());
    }

    /** A slash command used in the channel by {@code userId}; options alternate names and values. */
    static ObjectNode slashCommand(long id, String token, long userId, boolean moderator, String name,
                                   Object... options) {
        var opts = arr();
        ObjectNode attachments = obj();
        for (int i = 0; i < options.length; i += 2) {
            Object value = options[i + 1];
            if (value instanceof ObjectNode attachment) {
                // An attachment option holds the file's id; the file itself is in the interaction's resolved data.
                String fileId = attachment.path("id").asText();
                attachments.set(fileId, attachment);
                opts.add(obj("name", options[i], "type", 11, "value", fileId));
                continue;
            }
            int type = value instanceof Boolean ? 5 : 3;
            opts.add(obj("name", options[i], "type", type, "value", value));
        }
        ObjectNode data = obj("id", String.valueOf(commandId(name)), "name", name, "type", 1, "options", opts,
                "guild_id", String.valueOf(GUILD));
        if (!attachments.isEmpty()) {
            data.set("resolved", obj("attachments", attachments));
        }
        return interaction(id, token, userId, moderator, 2).set("data", data);
    }

    /** A click on a button of {@code message}, one of the bot's messages. */
    static ObjectNode buttonClick(long id, String token, long userId, String customId, JsonNode message) {
        ObjectNode click = interaction(id, token, userId, false, 3);
        click.set("message", message);
        click.set("data", obj("custom_id", customId, "component_type", 2));
        return click;
    }

    /** A message a user posts in a channel or thread; {@code repliesTo} is the message it replies to, or null. */
    static ObjectNode userMessage(long id, long channelId, long userId, String content, boolean mentionsBot,
                                  JsonNode repliesTo) {
        ObjectNode message = message(id, channelId, user(userId, false), content, repliesTo);
        message.set("member", member(userId, false).without("user"));
        message.set("mentions", mentionsBot ? arr(user(BOT, true).set("member", member(BOT, false).without("user")))
                : arr());
        return message;
    }

    /** A direct message from the user to the bot, in their DM channel {@code channelId}: no guild, no member. */
    static ObjectNode directMessage(long id, long channelId, long userId, String content) {
        ObjectNode message = message(id, channelId, user(userId, false), content, null);
        message.remove("guild_id");
        return message;
    }

    /** A message as Discord shows it: {@code repliesTo} is nested one level only, as Discord does. */
    static ObjectNode message(long id, long channelId, JsonNode author, String content, JsonNode repliesTo) {
        ObjectNode message = obj("id", String.valueOf(id), "channel_id", String.valueOf(channelId),
                "guild_id", String.valueOf(GUILD), "author", author, "content", content, "timestamp", now(),
                "edited_timestamp", null, "tts", false, "mention_everyone", false, "mentions", arr(),
                "mention_roles", arr(), "attachments", arr(), "embeds", arr(), "pinned", false,
                "type", repliesTo == null ? 0 : 19, "flags", 0, "components", arr());
        if (repliesTo != null) {
            message.set("message_reference", obj("type", 0, "message_id", repliesTo.path("id").asText(),
                    "channel_id", repliesTo.path("channel_id").asText(), "guild_id", String.valueOf(GUILD)));
            ObjectNode nested = repliesTo.deepCopy();
            nested.remove("referenced_message");
            message.set("referenced_message", nested);
        }
        return message;
    }

    private static ObjectNode interaction(long id, String token, long userId, boolean moderator, int type) {
        ObjectNode member = member(userId, moderator);
        long permissions = EVERYONE_PERMISSIONS | (moderator ? MANAGE_SERVER : 0);
        member.put("permissions", String.valueOf(permissions));
        return obj("id", String.valueOf(id), "application_id", String.valueOf(APPLICATION), "type", type,
                "token", token, "version", 1, "guild_id", String.valueOf(GUILD),
                "guild", obj("id", String.valueOf(GUILD), "locale", "en-GB", "features", arr()),
                "channel_id", String.valueOf(CHANNEL), "channel", channel(), "member", member,
                "app_permissions", String.valueOf(EVERYONE_PERMISSIONS), "locale", "en-GB",
                "guild_locale", "en-GB", "entitlements", arr(), "context", 0,
                "authorizing_integration_owners", obj("0", String.valueOf(GUILD)), "attachment_size_limit", 8_388_608);
    }

    /** A thread started from message {@code messageId}: Discord gives it the message's id. */
    static ObjectNode thread(long messageId, long parentId, String name) {
        return obj("id", String.valueOf(messageId), "type", 11, "guild_id", String.valueOf(GUILD),
                "parent_id", String.valueOf(parentId), "owner_id", String.valueOf(BOT), "name", name,
                "last_message_id", null, "message_count", 0, "member_count", 1, "rate_limit_per_user", 0, "flags", 0,
                "total_message_sent", 0, "permission_overwrites", arr(),
                "thread_metadata", obj("archived", false, "auto_archive_duration", 1440,
                        "archive_timestamp", now(), "locked", false, "create_timestamp", now()));
    }

    /** Registered commands get stable ids from their names. */
    static long commandId(String name) {
        return 1_700_000_000_000_000_000L + Math.floorMod(name.hashCode(), 1_000_000);
    }
}
