package dev.picket.retrieval.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class PassageAnalysisTest {

    // Sentence edges, quotes, abbreviations, colons, possessives, figures and a break the splitter undoes.
    private static final List<String> EDGES = List.of(
            "Nurses walked out on Thursday over pay. The RCN said 9% was not enough.\n\nMinisters offered 4%.",
            "\"We will strike,\" said Pat Cullen. 'It's the nurses' choice.' Talks resume on Mon. 3 Jan.",
            "Talks were led by Dr.\nPatel on Monday. Nurses said   9% was not enough.",
            "Unite:nurses said at 10:30 that the U.S. and the U.K. differ... e.g. on pay. Mr. Barclay's reply came.",
            "The BMA\u00B7said no. Ward\u2027staff agreed.\tStrikes\u0001ended. Co-ordinated action (GMB) \u2014 next week!",
            "A\u0301mbulance crews struck. Caf\u00E9s closed. \u201CNo deal,\u201D he said.\u201D Next, 12.5% rises.",
            "",
            "Just one sentence without a full stop",
            // Case, possessives and stop words the memo must take as the analyser's chain does, repeated so the
            // second sighting comes from the memo; a token longer than the tokenizer's 255 characters.
            "NURSES'S pay. Nurses’s pay. The THE the Nurses' NHS's nhs's " + "x".repeat(300) + " Was was WAS.",
            "THE NURSES'S PAY. the nurses's pay. The union’s reply: RCN’S, rcn's. Striking STRIKES strikes.");

    @Test
    void should_give_each_sentence_the_terms_of_its_own_analysis_when_sentences_meet_quotes_and_abbreviations() {
        List<String> texts = new ArrayList<>(EDGES);
        Random random = new Random(17);
        for (int i = 0; i < 300; i++) {
            texts.add(text(random));
        }
        for (String text : texts) {
            PassageFeatures made = PassageFeatures.of("Nurses' strike: day 3", text);
            Set<String> terms = new HashSet<>(QueryTerms.setOf("Nurses' strike: day 3"));
            List<String> sentences = PassageSentences.of(text);
            assertThat(made.sentences()).as(text).isEqualTo(sentences);
            for (int i = 0; i < sentences.size(); i++) {
                Set<String> alone = QueryTerms.setOf(sentences.get(i));
                assertThat(made.sentenceTerms(i)).as(sentences.get(i)).isEqualTo(alone);
                terms.addAll(alone);
            }
            assertThat(made.terms()).as(text).isEqualTo(terms);
        }
    }

    @Test
    void should_index_the_same_terms_frequencies_norms_and_stored_text_when_the_field_replays_the_tokens()
            throws IOException {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        List<String> texts = new ArrayList<>(EDGES);
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            texts.add(text(random));
        }
        // More distinct words than the memo keeps, so it grows, fills and starts afresh between and within texts.
        for (int t = 0; t < 3; t++) {
            StringBuilder many = new StringBuilder();
            for (int w = 0; w < 12_000; w++) {
                many.append(Integer.toString(random.nextInt(40_000), 36)).append("ing's ");
            }
            texts.add(many.toString());
        }
        try (Directory analysed = index(texts, t -> new Field(Schema.TEXT, t, type));
             Directory replayed = index(texts, t -> PassageAnalysis.of(t).field(Schema.TEXT, t, type));
             DirectoryReader a = DirectoryReader.open(analysed);
             DirectoryReader b = DirectoryReader.open(replayed)) {
            assertThat(dump(a.leaves().getFirst().reader())).isEqualTo(dump(b.leaves().getFirst().reader()))
                    .isNotEmpty();
        }
    }

    private static Directory index(List<String> texts, java.util.function.Function<String, Field> field)
            throws IOException {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(QueryTerms.analyzer()))) {
            for (String t : texts) {
                Document doc = new Document();
                doc.add(field.apply(t));
                w.addDocument(doc);
            }
            w.forceMerge(1);
        }
        return dir;
    }

    private static List<String> dump(LeafReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        TermsEnum terms = reader.terms(Schema.TEXT).iterator();
        PostingsEnum postings = null;
        while (terms.next() != null) {
            out.add(terms.term().utf8ToString() + " " + terms.docFreq() + " " + terms.totalTermFreq());
            postings = terms.postings(postings, PostingsEnum.FREQS);
            while (postings.nextDoc() != PostingsEnum.NO_MORE_DOCS) {
                out.add(postings.docID() + ":" + postings.freq());
            }
        }
        NumericDocValues norms = reader.getNormValues(Schema.TEXT);
        while (norms.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
            out.add("norm " + norms.docID() + " " + norms.longValue());
        }
        for (int d = 0; d < reader.maxDoc(); d++) {
            out.add(reader.storedFields().document(d).get(Schema.TEXT));
        }
        return out;
    }

    /** Prose of words, numbers and punctuation in every arrangement the splitter and tokenizer meet. */
    private static String text(Random random) {
        String[] words = {"nurses", "Strike", "pay", "RCN", "Mr.", "Dr.", "U.K.", "e.g.", "9%", "4.5%", "don't",
                "union's", "NHS", "\"Enough\"", "'fair'", "Jan.", "co-ordinated", "10:30", "ward:staff", "(GMB)",
                "\u2014", "...", "St.", "Patel", "a", "the", "was", "caf\u00E9", "2023", "\u201Cno\u201D"};
        String[] gaps = {" ", " ", " ", " ", ". ", ", ", "! ", "? ", ".\n", "\n\n", ".  ", ";", " - "};
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(120);
        for (int i = 0; i < n; i++) {
            b.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
        }
        return b.toString().strip();
    }
}
