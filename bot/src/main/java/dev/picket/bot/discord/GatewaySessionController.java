package dev.picket.bot.discord;

import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/** JDA's session controller, connecting to a configured gateway (Discord's own unless a stand-in is tested). */
final class GatewaySessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    GatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
