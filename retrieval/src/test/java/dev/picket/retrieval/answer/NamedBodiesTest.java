package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The bodies a sentence names, one key each, and what news says beside a name that tells a union or an outlet. */
class NamedBodiesTest {

    private static final Names NAMES = Names.none();

    private static Set<String> unions(String sentence) {
        return NamedBodies.in(sentence, NamedBodies.Kind.UNION, Set.of(), NAMES).keySet();
    }

    private static Set<String> outlets(String sentence) {
        return NamedBodies.in(sentence, NamedBodies.Kind.OUTLET, Set.of(), NAMES).keySet();
    }

    @Test
    void should_key_a_union_by_its_initials_when_its_name_is_written_in_full() {
        assertThat(unions("Talks resumed with the Fire Brigades Union on Monday.")).containsExactly("FBU");
        assertThat(unions("Members of the National Association of Head Teachers (NAHT) voted.")).containsExactly("NAHT");
        assertThat(unions("The Royal College of Midwives (RCM) said it would ballot.")).containsExactly("RCM");
    }

    @Test
    void should_end_a_union_name_before_the_name_of_its_leader_written_after_it() {
        assertThat(unions("The general secretary of the Royal College of Midwives Ann Lee spoke."))
                .containsExactly("RCM");
    }

    @Test
    void should_take_a_name_for_a_union_when_news_gives_it_a_leader_or_members() {
        assertThat(unions("GMB leader Ann Lee said the offer was an insult.")).containsExactly("GMB");
        assertThat(unions("Unison members will walk out on Friday.")).containsExactly("UNISON");
        assertThat(unions("She met leaders at the Chartered Society of Physiotherapy today.")).containsExactly("CSP");
    }

    @Test
    void should_count_a_short_name_as_a_union_once_another_sentence_says_it_is_one() {
        Set<String> known = unions("The British Dental Association said talks had failed.");

        assertThat(NamedBodies.in("The BDA will ballot in June.", NamedBodies.Kind.UNION, known, NAMES))
                .containsKey("BDA");
        assertThat(unions("The BDA will ballot in June.")).isEmpty();
    }

    @Test
    void should_not_take_a_state_body_a_party_or_a_sentence_opening_word_for_a_union() {
        assertThat(unions("The Department of Health and Social Care said members of staff were told.")).isEmpty();
        assertThat(unions("Labour leader Keir Starmer said the strikes were avoidable.")).isEmpty();
        assertThat(unions("Both sides said talks would resume.")).isEmpty();
        assertThat(unions("The union said it would strike again.")).isEmpty();
    }

    @Test
    void should_take_an_outlet_by_who_spoke_or_wrote_to_it() {
        assertThat(outlets("He told Times Radio the offer was final.")).containsExactly("TR");
        assertThat(outlets("Writing for The Observer, she said pay must rise.")).containsExactly("OBSERVER");
        assertThat(outlets("Asked on the ITV's Good Morning Britain programme, he declined.")).containsExactly("ITV");
        assertThat(outlets("He met Ann Lee of the Royal College of Midwives.")).isEmpty();
    }
}
