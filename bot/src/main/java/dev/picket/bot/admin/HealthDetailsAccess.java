package dev.picket.bot.admin;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes a request to {@code /actuator/**} that carries the admin token an authorised one, so health shows its
 * details ({@code show-details: when-authorized}) to an operator and its status alone to anyone else. There is
 * no Spring Security: the token is the only credential picket knows.
 */
final class HealthDetailsAccess extends OncePerRequestFilter {

    private static final Principal OPERATOR = () -> "picket-admin";

    private final BearerTokenCheck token;

    HealthDetailsAccess(BearerTokenCheck token) {
        this.token = token;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!token.accepts(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return OPERATOR;
            }

            @Override
            public boolean isUserInRole(String role) {
                return true;
            }
        }, response);
    }
}
