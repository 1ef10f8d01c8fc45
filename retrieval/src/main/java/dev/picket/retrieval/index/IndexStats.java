package dev.picket.retrieval.index;

/** How much the served index holds, and how often a question's terms occur in it. */
public interface IndexStats {

    int articleCount();

    int passageCount();

    /** The number of passages whose text holds this analysed term. */
    int docFreq(String analysedTerm);

    /** The term the index holds for a misspelt one, or the term itself; no correction by default. */
    default String vocabularyTerm(String analysedTerm) {
        return analysedTerm;
    }
}
