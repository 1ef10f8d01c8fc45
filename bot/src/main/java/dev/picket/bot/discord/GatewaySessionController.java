package dev.picket.bot.discord;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * JDA's session controller, connecting to a configured gateway (Discord's own unless a stand-in is tested). The
 * shard count and the identify concurrency still come from Discord's {@code /gateway/bot}.
 */
final class GatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        ShardedGateway discord = super.getShardedGateway(api);
        return new ShardedGateway(gatewayUrl, discord.getShardTotal(), discord.getConcurrency());
    }
}
