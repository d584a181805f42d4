package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginPolicyTest {

    @Test
    void byDefaultFiveFailuresStartAThirtySecondWaitThatGrowsToFifteenMinutes() {
        LoginPolicy p = LoginPolicy.defaults();
        assertEquals(5, p.threshold());
        assertEquals(Duration.ofMinutes(15), p.window());
        assertEquals(Duration.ofSeconds(30), p.firstDelay());
        assertEquals(Duration.ofMinutes(15), p.maxDelay());
        assertEquals(50, p.addressThreshold());
    }

    @ParameterizedTest(name = "wait number {0} lasts {1} s")
    @CsvSource({"0,30", "1,60", "2,120", "3,240", "4,480", "5,900", "6,900", "61,900", "62,900", "2147483647,900"})
    void eachWaitDoublesThePreviousUpToTheCap(int n, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), LoginPolicy.defaults().delay(n));
    }

    @Test
    void aCapBelowTheFirstWaitOrANonPositiveWindowIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoginPolicy(5, Duration.ofMinutes(1), Duration.ofSeconds(60), Duration.ofSeconds(59), 50));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginPolicy(5, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(2), 50));
        assertThrows(IllegalArgumentException.class,
                () -> new LoginPolicy(0, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(2), 50));
    }
}
