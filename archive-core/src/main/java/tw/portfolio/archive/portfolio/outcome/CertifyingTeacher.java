package tw.portfolio.archive.portfolio.outcome;

import java.util.List;

/**
 * Who certifies, and on whose behalf when substituting (§9(2)2).
 *
 * @param certifiedBy the deciding teacher's username
 * @param onBehalfOf the course's teachers they stand in for; empty when they teach the course
 */
public record CertifyingTeacher(String certifiedBy, List<String> onBehalfOf) {
    public CertifyingTeacher {
        onBehalfOf = List.copyOf(onBehalfOf);
    }

    public boolean isSubstitute() {
        return !onBehalfOf.isEmpty();
    }
}
