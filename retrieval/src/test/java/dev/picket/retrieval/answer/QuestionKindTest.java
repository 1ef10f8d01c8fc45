package dev.picket.retrieval.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.picket.retrieval.search.TimeIntent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hello!", "hey there", "yo", "good morning", "thanks", "thank you!!", "cheers mate",
            "help", "/help", "what can you do", "what can u do?", "who are you", "how does this work",
            "what should i ask", "what can i ask you", "are you a bot", "hi, what can you do?", "ok thanks",
            "what do you know?"})
    void should_read_small_talk_when_a_message_only_greets_thanks_or_asks_for_help(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.SMALL_TALK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tldr", "TL;DR?", "tl;dr of the pay row", "overview pls", "summarise the dispute",
            "can you summarize it", "sum it up for me", "quick recap?", "give me the gist", "eli5 the strikes",
            "catch me up", "fill me in on the doctors dispute", "what's the story", "history of the pay row",
            "timeline of the nurses dispute", "what happened?", "what has happened so far", "tell me about the strikes",
            "what do you know about the ambulance walkout", "explain the whole thing", "background on the bma row",
            "the short version pls", "long story short what happened w the porters", "the porters row start to finish",
            "from the beginning to now, the trust dispute"})
    void should_read_an_overview_when_asked_for_a_summary_or_background(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.OVERVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"news?", "any updates", "any developments on the pay talks", "latest?",
            "what's the latest on the ambulance staff", "whats new", "the newest on the porters", "anything new with the bma",
            "what's going on with the nurses", "what is happening with pay talks", "where do things stand now",
            "current situation with the unions?", "update on the dispute pls", "news",
            "catch me up on the latest", "fill me in, what's the most recent with the porters"})
    void should_read_latest_when_asked_for_news_or_the_current_state(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.LATEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why", "why tho", "why are paramedics walking out", "how come the talks failed",
            "what's the reason for the walkout", "what caused the row", "what led to the ballot",
            "reason for the dispute?", "so why did the minister refuse", "what is the ambulance dispute about",
            "whats it all about", "hey, why is the union angry"})
    void should_read_a_cause_when_asked_why(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.CAUSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what does unite want", "what are paramedics demanding", "what are they asking for",
            "what is the union calling for", "their demands?", "what would it take to end the strike",
            "what are the consultants after", "what are they holding out for", "what are midwives fighting for"})
    void should_read_a_demand_when_asked_what_a_side_wants(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.DEMAND);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it over", "are talks still on", "did the union say yes", "has the minister backed down",
            "will there be more walkouts", "can they strike again", "was the offer improved", "didn't they agree a deal",
            "any more walkouts planned", "does the union accept the offer", "so is the strike off"})
    void should_read_yes_or_no_when_an_auxiliary_verb_opens_the_question(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.YES_NO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"who is the union leader", "when did the paramedics walk out", "how many staff took part",
            "how much was offered", "where did they meet", "what dates were the walkouts", "what did the minister say",
            "what happened after the vote", "when are they expected to strike", "", "   ", "the pay offer",
            "what did sky news report"})
    void should_read_a_fact_when_no_other_kind_fits(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.FACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"which hospitals were hit", "which trusts are affected", "list the unions",
            "name all the ministers", "how many chief executives have there been", "what sectors?"})
    void should_read_a_list_when_asked_which_things_or_how_many_there_have_been(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.LIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"what kinds of staff went on strike", "which groups of workers walked out",
            "what types of nhs workers struck", "which sorts of jobs were affected"})
    void should_read_a_list_when_asked_for_kinds_or_groups_of_something(String message) {
        assertThat(QuestionKind.of(message)).isEqualTo(QuestionKind.LIST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tl;dr of the pay row", "any news on the ambulance strike?", "pls give me a summary of the bma dispute"})
    void should_keep_the_topic_when_taking_out_the_words_that_ask_for_news_or_a_summary(String message) {
        assertThat(QuestionKind.topic(message)).isNotBlank().doesNotContain("tl;dr", "news", "summary", "pls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tldr", "any news?", "what's the latest", "give me an overview pls",
            "any news, just back from holiday", "summary pls - i missed all of it", "tell me everything you know", "anything new on the whole thing"})
    void should_find_no_topic_when_a_request_names_none(String message) {
        assertThat(QuestionKind.topic(message)).isBlank();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"back from leave, any news on the porters|porters",
            "any news? about the porters|porters", "been away - whats the latest w the porters pay row|porters pay row",
            "and the porters, any news|porters", "porters - anything new|porters"})
    void should_take_the_topic_from_the_request_when_other_clauses_only_say_why_it_is_asked(String message,
                                                                                          String topic) {
        assertThat(QuestionKind.topic(message)).isEqualTo(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"is it over", "are talks still on", "has the union backed down", "does the union still oppose the deal"})
    void should_ask_about_now_when_a_yes_or_no_question_is_in_the_present(String question) {
        assertThat(QuestionKind.of(question).asksAboutNow(question, TimeIntent.of(question))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"did the union accept", "was the offer improved", "is it over in 2023", "who is the leader"})
    void should_not_ask_about_now_when_a_question_is_in_the_past_names_a_year_or_is_no_yes_or_no(String question) {
        assertThat(QuestionKind.of(question).asksAboutNow(question, TimeIntent.of(question))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hi, why are they striking", "hello what do the nurses want", "hey any news"})
    void should_read_the_question_after_a_greeting_when_there_is_one(String message) {
        assertThat(QuestionKind.of(message)).isNotEqualTo(QuestionKind.SMALL_TALK);
    }
    @ParameterizedTest
    @ValueSource(strings = {"y did the paramedics walk out", "y r the unions angry", "wat r the porters after",
            "wot do the midwives want", "wen is the ballot", "wats new", "wots the latest", "r talks still on",
            "wut happened so far", "whats been happening"})
    void should_read_the_kind_when_the_question_words_are_chat_spellings(String message) {
        QuestionKind expected = switch (message.split(" ")[0] + " " + message.split(" ")[1]) {
            case "y did", "y r" -> QuestionKind.CAUSE;
            case "wat r", "wot do" -> QuestionKind.DEMAND;
            case "wen is" -> QuestionKind.FACT;
            case "r talks" -> QuestionKind.YES_NO;
            case "wut happened" -> QuestionKind.OVERVIEW;
            default -> QuestionKind.LATEST;
        };
        assertThat(QuestionKind.of(message)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"any updates on the porters", "the latest on the porters", "whats new with the porters"})
    void should_ask_about_the_topic_alone_when_a_request_for_news_names_one(String message) {
        assertThat(QuestionKind.LATEST.content(message)).isEqualTo("porters");
    }
}
