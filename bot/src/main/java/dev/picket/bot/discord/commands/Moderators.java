package dev.picket.bot.discord.commands;

import java.util.Set;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/** Moderators are members with Manage Server, or with one of the configured moderator roles. */
public final class Moderators {

    private final Set<Long> roleIds;

    public Moderators(Set<Long> roleIds) {
        this.roleIds = Set.copyOf(roleIds);
    }

    /** @param member null outside a server, where nobody moderates */
    public boolean isModerator(Member member) {
        if (member == null) {
            return false;
        }
        return member.hasPermission(Permission.MANAGE_SERVER)
                || member.getRoles().stream().anyMatch(r -> roleIds.contains(r.getIdLong()));
    }
}
