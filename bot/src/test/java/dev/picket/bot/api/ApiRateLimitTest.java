package dev.picket.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import dev.picket.bot.discord.MutableClock;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiRateLimitTest {

    private final MutableClock clock = new MutableClock();
    private final ApiRateLimit limit = new ApiRateLimit(new ApiProperties(3, Duration.ofSeconds(10)), clock);
    private final AtomicInteger served = new AtomicInteger();
    private final FilterChain chain = (request, response) -> served.incrementAndGet();

    @Test
    void should_answer_429_with_retry_after_when_one_client_goes_past_its_allowance() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(send("10.0.0.1", "/api/search").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = send("10.0.0.1", "/api/ask");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentAsString()).contains("\"error\"");
        assertThat(served).hasValue(3);
    }

    @Test
    void should_serve_other_clients_and_health_when_one_client_is_limited() throws Exception {
        for (int i = 0; i < 4; i++) {
            send("10.0.0.1", "/api/search");
        }

        assertThat(send("10.0.0.2", "/api/search").getStatus()).isEqualTo(200);
        assertThat(send("10.0.0.1", "/actuator/health").getStatus()).isEqualTo(200);
        assertThat(served).hasValue(5);
    }

    @Test
    void should_serve_the_client_again_when_its_allowance_has_refilled() throws Exception {
        for (int i = 0; i < 4; i++) {
            send("10.0.0.1", "/api/search");
        }

        clock.advance(Duration.ofMinutes(1));

        assertThat(send("10.0.0.1", "/api/search").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse send(String address, String uri) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, chain);
        return response;
    }
}
