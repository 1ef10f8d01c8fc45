package dev.picket.bot;

import java.util.Arrays;

import dev.picket.bot.eval.EvalCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts picket: the HTTP API on the configured corpus, and Discord when a token is set. Started as
 * {@code picket eval [questions.jsonl]} it instead answers a question set, prints the metrics and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PicketApplication {

    public static void main(String[] args) {
        if (args.length > 0 && EvalCommand.NAME.equals(args[0])) {
            SpringApplication app = new SpringApplication(PicketApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            app.setAdditionalProfiles(EvalCommand.NAME);
            System.exit(SpringApplication.exit(app.run(Arrays.copyOfRange(args, 1, args.length))));
        }
        SpringApplication.run(PicketApplication.class, args);
    }
}
