package dev.picket.bench;

import java.util.random.RandomGenerator;

/**
 * Draws ranks 1 to n, rank k with probability proportional to 1 / k^s, in constant time and without a table, by
 * Hörmann and Derflinger's rejection-inversion ("Rejection-inversion to generate variates from monotone discrete
 * distributions", 1996): invert the integral of a continuous hat over the ranks, and accept the rounded rank
 * unless it falls in the sliver where the hat overshoots the true probability.
 */
final class Zipf {

    private final int n;
    private final double s;
    private final double hIntegralX1;
    private final double hIntegralN;
    private final double squeeze;

    Zipf(int n, double s) {
        if (n < 1 || s <= 0) {
            throw new IllegalArgumentException("need n >= 1 and s > 0, got " + n + ", " + s);
        }
        this.n = n;
        this.s = s;
        this.hIntegralX1 = hIntegral(1.5) - 1;
        this.hIntegralN = hIntegral(n + 0.5);
        this.squeeze = 2 - hIntegralInverse(hIntegral(2.5) - h(2));
    }

    /** A rank from 1 to n. */
    int next(RandomGenerator random) {
        while (true) {
            double u = hIntegralN + random.nextDouble() * (hIntegralX1 - hIntegralN);
            double x = hIntegralInverse(u);
            int k = (int) Math.max(1, Math.min(n, x + 0.5));
            if (k - x <= squeeze || u >= hIntegral(k + 0.5) - h(k)) {
                return k;
            }
        }
    }

    private double h(double x) {
        return Math.exp(-s * Math.log(x));
    }

    /** The integral of h from 1 to x, written so that s = 1 (a logarithm) needs no special case. */
    private double hIntegral(double x) {
        double logX = Math.log(x);
        return expm1OverX((1 - s) * logX) * logX;
    }

    private double hIntegralInverse(double x) {
        double t = Math.max(-1, x * (1 - s));
        return Math.exp(log1pOverX(t) * x);
    }

    // log1p(x) / x and expm1(x) / x lose all precision as x nears 0; their Taylor series take over there.
    private static double log1pOverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.log1p(x) / x : 1 - x * (0.5 - x * (1.0 / 3 - 0.25 * x));
    }

    private static double expm1OverX(double x) {
        return Math.abs(x) > 1e-8 ? Math.expm1(x) / x : 1 + x * 0.5 * (1 + x / 3 * (1 + 0.25 * x));
    }
}
