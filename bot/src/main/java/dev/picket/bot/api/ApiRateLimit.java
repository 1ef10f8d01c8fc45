package dev.picket.bot.api;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client address on {@code /api/**}: past its allowance a client gets 429 with
 * {@code Retry-After}, before anything is read or answered. Health and the test page are never limited. Behind a
 * reverse proxy the address is the client's only when {@code server.forward-headers-strategy} trusts the proxy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiRateLimit extends OncePerRequestFilter {

    private final QuestionRateLimiter buckets;

    ApiRateLimit(ApiProperties properties, Clock clock) {
        this.buckets = new QuestionRateLimiter(properties.requestsPerMinute(), clock);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = buckets.tryAcquire(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"error\":\"too many requests from this address; try again in " + seconds
                + " s\"}");
    }
}
