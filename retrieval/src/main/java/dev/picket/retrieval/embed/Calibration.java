package dev.picket.retrieval.embed;

/**
 * Where one model's cosines say something. Each model spreads its cosines over its own range (MiniLM's unrelated
 * texts sit near 0.1, BGE's near 0.5), so the answerer reads a cosine as a share of full evidence between a floor,
 * at or below which it says nothing, and a ceiling, at or above which it counts in full.
 *
 * @param passageFloor    a question-to-passage cosine at or below this is no evidence...
 * @param passageCeiling  ...and at or above this full evidence
 * @param sentenceFloor   the same for a question and a candidate sentence
 * @param sentenceCeiling
 */
public record Calibration(double passageFloor, double passageCeiling, double sentenceFloor,
                          double sentenceCeiling) {

    public Calibration {
        if (!(passageFloor < passageCeiling) || !(sentenceFloor < sentenceCeiling)) {
            throw new IllegalArgumentException("each floor must lie below its ceiling");
        }
    }

    /** A question-to-passage cosine as a share of full evidence, from 0 to 1. */
    public double passage(double cosine) {
        return share(cosine, passageFloor, passageCeiling);
    }

    /** A question-to-sentence cosine as a share of full evidence, from 0 to 1. */
    public double sentence(double cosine) {
        return share(cosine, sentenceFloor, sentenceCeiling);
    }

    private static double share(double cosine, double floor, double ceiling) {
        return Math.clamp((cosine - floor) / (ceiling - floor), 0.0, 1.0);
    }
}
