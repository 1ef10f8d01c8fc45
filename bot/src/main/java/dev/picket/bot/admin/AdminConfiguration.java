package dev.picket.bot.admin;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts every admin endpoint, and {@code POST /api/eval}, behind the bearer token, and lets the token see health's
 * details; none of this exists without one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(AdminTokenSet.class)
class AdminConfiguration implements WebMvcConfigurer {

    static final String PATH = "/api/admin/**";
    /** Outside /api/admin but as costly as reload: an evaluation asks up to hundreds of questions. */
    static final String EVAL = "/api/eval";

    private final AdminProperties properties;

    AdminConfiguration(AdminProperties properties) {
        this.properties = properties;
    }

    @Bean
    FilterRegistrationBean<HealthDetailsAccess> healthDetailsAccess() {
        FilterRegistrationBean<HealthDetailsAccess> filter = new FilterRegistrationBean<>(
                new HealthDetailsAccess(new BearerTokenCheck(properties.token())));
        filter.addUrlPatterns("/actuator/*");
        return filter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BearerTokenCheck(properties.token())).addPathPatterns(PATH, EVAL);
    }
}
