package dev.picket.bot.discord;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code picket.discord.shards.*}: how the bot's gateway connections are split. Discord requires shards from
 * 2,500 servers; several processes can share them, each connecting its own range of the same total.
 *
 * @param total how many shards the bot has in all; 0 for Discord's recommendation, read from {@code /gateway/bot}
 * @param ids   this process's shards, e.g. {@code 0-3} or {@code 4,5}; empty for all of them. Needs {@code total},
 *              so that every process counts the same shards
 */
public record DiscordShards(@DefaultValue("0") int total, @DefaultValue("") String ids) {

    public DiscordShards {
        if (total < 0) {
            throw new IllegalArgumentException("picket.discord.shards.total must not be negative");
        }
        ids = ids.strip();
        if (!ids.isEmpty() && total == 0) {
            throw new IllegalArgumentException("picket.discord.shards.ids needs picket.discord.shards.total, so that"
                    + " every process splits the same shards");
        }
        for (int id : parse(ids)) {
            if (id >= total) {
                throw new IllegalArgumentException("picket.discord.shards.ids: shard " + id + " is not below the"
                        + " total of " + total);
            }
        }
    }

    /** Whether the total is left to Discord. */
    boolean automatic() {
        return total == 0;
    }

    /** This process's shard ids; empty for all of the total. */
    List<Integer> shardIds() {
        return parse(ids);
    }

    private static List<Integer> parse(String ids) {
        List<Integer> shards = new ArrayList<>();
        if (ids.isEmpty()) {
            return shards;
        }
        for (String part : ids.split(",")) {
            String[] range = part.strip().split("-", -1);
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length == 2 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || from < 0 || to < from) {
                    throw new NumberFormatException(part);
                }
                for (int id = from; id <= to; id++) {
                    shards.add(id);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("picket.discord.shards.ids: '" + part.strip()
                        + "' is neither a shard id nor a range such as 0-3");
            }
        }
        return List.copyOf(shards);
    }
}
