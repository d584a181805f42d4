package tw.portfolio.archive.integrity.crypto;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as RFC 8785 §3.2.2.3 writes them: the ECMAScript {@code Number.prototype.toString} of an
 * IEEE 754 double, that is the shortest decimal that reads back as the same double (the closest
 * one when several are that short), in plain notation from 1e-6 up to 1e21 and in exponent
 * notation ({@code 1e+21}, {@code 1.5e-7}) outside it. {@code -0} is {@code 0}; NaN and the
 * infinities have no JSON form.
 *
 * <p>JDK 17's {@link Double#toString(double)} is not always the shortest (JDK-4511638, fixed in
 * JDK 19), so the digits are found here from the exact binary value with {@link BigDecimal}.
 */
final class Es6Numbers {
    private Es6Numbers() {
    }

    /** The RFC 8785 text of {@code value}; throws {@link IllegalArgumentException} for NaN or an infinity. */
    static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("NaN and infinities have no JSON form: " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        StringBuilder out = new StringBuilder(24);
        if (value < 0) {
            out.append('-');
        }
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 < 0 ? '-' : '+').append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /**
     * The decimal with the fewest significant digits that parses back to {@code positive}, without
     * trailing zeros. A p-digit decimal inside the double's rounding interval exists exactly when the
     * nearest p-digit decimal below or above it round-trips, and if one exists at p digits one exists
     * at p + 1, so the least p is found by bisection over 1..17.
     */
    private static BigDecimal shortestDigits(double positive) {
        BigDecimal exact = new BigDecimal(positive);
        int low = 1;
        int high = 17;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (roundTrips(exact, mid, RoundingMode.FLOOR, positive) || roundTrips(exact, mid, RoundingMode.CEILING, positive)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        // Of the at most two candidates, the one nearest the exact value (ties to the even digit).
        BigDecimal nearest = exact.round(new MathContext(low, RoundingMode.HALF_EVEN));
        if (nearest.doubleValue() != positive) {
            BigDecimal floor = exact.round(new MathContext(low, RoundingMode.FLOOR));
            nearest = floor.doubleValue() == positive ? floor : exact.round(new MathContext(low, RoundingMode.CEILING));
        }
        return nearest.stripTrailingZeros();
    }

    private static boolean roundTrips(BigDecimal exact, int digits, RoundingMode mode, double expected) {
        return exact.round(new MathContext(digits, mode)).doubleValue() == expected;
    }
}
