package tw.portfolio.archive.web.retention;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import tw.portfolio.archive.retention.SweepView;

/** A sealing sweep as the API shows it. */
@JsonbNillable
public record SweepJson(String id, String state, LocalDate asOf, int policyVersion, long examined, long sealed,
        long artifactsSealed, String startedBy, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    static SweepJson of(SweepView s) {
        return new SweepJson(s.id(), s.state().name(), s.asOf(), s.policyVersion(), s.examined(), s.sealed(),
                s.artifacts(), s.startedBy(), s.createdAt(), s.startedAt(), s.finishedAt(), s.error());
    }
}
