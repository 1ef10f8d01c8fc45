package dev.picket.bot.admin;

import dev.picket.bot.reload.ReloadService;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moderator actions over HTTP. Reached only past {@link BearerTokenCheck}. */
@RestController
@Conditional(AdminTokenSet.class)
class AdminController {

    private final ReloadService reloads;

    AdminController(ReloadService reloads) {
        this.reloads = reloads;
    }

    /** Reloads the corpus folder (or joins the reload already running) and answers with its report. */
    @PostMapping(path = "/api/admin/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    ReloadResponse reload() {
        return ReloadResponse.of(reloads.reload().join());
    }
}
