package dev.picket.bot.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code picket.admin.*}: the bearer token for {@code /api/admin/**}, from {@code PICKET_ADMIN_TOKEN}. Without
 * it the admin endpoints do not exist.
 *
 * @param token the shared secret; never logged or printed
 */
@ConfigurationProperties("picket.admin")
public record AdminProperties(String token) {

    public boolean enabled() {
        return token != null && !token.isBlank();
    }

    @Override
    public String toString() {
        return "AdminProperties[token=" + (enabled() ? "(set)" : "(unset)") + "]";
    }
}
