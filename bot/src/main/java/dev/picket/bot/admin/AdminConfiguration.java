package dev.picket.bot.admin;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts every admin endpoint, and {@code POST /api/eval}, behind the bearer token; none of this exists without one. */
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

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BearerTokenCheck(properties.token())).addPathPatterns(PATH, EVAL);
    }
}
