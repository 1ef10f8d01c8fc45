package dev.picket.bot.discord.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class CommandRegistryTest {

    private static final long MOD_ROLE = 42L;

    private final FakeCommand reload = new FakeCommand("reload", true);
    private final FakeCommand about = new FakeCommand("about", false);
    private final CommandRegistry registry = new CommandRegistry(List.of(reload, about),
            new Moderators(Set.of(MOD_ROLE)));

    @Test
    void should_fail_fast_when_two_commands_share_a_name() {
        assertThatThrownBy(() -> new CommandRegistry(List.of(about, new FakeCommand("about", false), reload),
                new Moderators(Set.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[about]");
    }

    @Test
    void should_register_moderator_commands_for_manage_server_only_when_building_definitions() {
        var definitions = registry.definitions();

        assertThat(definitions).extracting(SlashCommandData::getName).containsExactly("reload", "about");
        assertThat(definitions.get(0).getDefaultPermissions().getPermissionsRaw())
                .isEqualTo(Permission.getRaw(Permission.MANAGE_SERVER));
        assertThat(definitions.get(0).getContexts()).containsExactly(InteractionContextType.GUILD);
        assertThat(definitions.get(1).getDefaultPermissions().getPermissionsRaw()).isNull();
    }

    @Test
    void should_refuse_privately_when_a_non_moderator_invokes_a_moderator_command() {
        SlashCommandInteraction interaction = interaction("reload", member(false, 7L));
        ReplyCallbackAction action = replyAction(interaction);

        registry.dispatch(interaction);

        assertThat(reload.runs).isEmpty();
        var sent = ArgumentCaptor.forClass(MessageCreateData.class);
        org.mockito.Mockito.verify(interaction).reply(sent.capture());
        assertThat(sent.getValue().getContent()).startsWith("Only moderators can use `/reload`");
        org.mockito.Mockito.verify(action).setEphemeral(true);
    }

    @Test
    void should_refuse_when_a_moderator_command_comes_from_outside_a_server() {
        SlashCommandInteraction interaction = interaction("reload", null);
        replyAction(interaction);

        registry.dispatch(interaction);

        assertThat(reload.runs).isEmpty();
    }

    @Test
    void should_run_a_moderator_command_when_the_member_can_manage_the_server() {
        SlashCommandInteraction interaction = interaction("reload", member(true, 7L));

        registry.dispatch(interaction);

        assertThat(reload.runs).containsExactly(interaction);
    }

    @Test
    void should_run_a_moderator_command_when_the_member_has_a_moderator_role() {
        SlashCommandInteraction interaction = interaction("reload", member(false, MOD_ROLE));

        registry.dispatch(interaction);

        assertThat(reload.runs).containsExactly(interaction);
    }

    @Test
    void should_run_an_ordinary_command_when_anyone_invokes_it() {
        SlashCommandInteraction interaction = interaction("about", member(false, 7L));

        registry.dispatch(interaction);

        assertThat(about.runs).containsExactly(interaction);
    }

    private static SlashCommandInteraction interaction(String name, Member member) {
        SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
        when(interaction.getName()).thenReturn(name);
        when(interaction.getMember()).thenReturn(member);
        return interaction;
    }

    private static ReplyCallbackAction replyAction(SlashCommandInteraction interaction) {
        ReplyCallbackAction action = mock(ReplyCallbackAction.class);
        when(interaction.reply(any(MessageCreateData.class))).thenReturn(action);
        when(action.setEphemeral(true)).thenReturn(action);
        return action;
    }

    private static Member member(boolean manageServer, long roleId) {
        Member member = mock(Member.class);
        Role role = mock(Role.class);
        when(role.getIdLong()).thenReturn(roleId);
        when(member.hasPermission(Permission.MANAGE_SERVER)).thenReturn(manageServer);
        when(member.getRoles()).thenReturn(List.of(role));
        return member;
    }

    /** A stand-in for the moderator commands the corpus reload issue adds. */
    private static final class FakeCommand implements SlashCommand {
        final List<SlashCommandInteraction> runs = new ArrayList<>();
        private final String name;
        private final boolean moderatorOnly;

        FakeCommand(String name, boolean moderatorOnly) {
            this.name = name;
            this.moderatorOnly = moderatorOnly;
        }

        @Override
        public SlashCommandData definition() {
            return Commands.slash(name, "A test command");
        }

        @Override
        public boolean moderatorOnly() {
            return moderatorOnly;
        }

        @Override
        public void run(SlashCommandInteraction interaction) {
            runs.add(interaction);
        }
    }
}
