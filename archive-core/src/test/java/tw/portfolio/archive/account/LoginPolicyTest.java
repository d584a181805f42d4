package tw.portfolio.archive.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginPolicyTest {

    @Test
    void byDefaultFiveFailuresLockForFifteenMinutes() {
        LoginPolicy p = LoginPolicy.defaults();
        assertEquals(5, p.threshold());
        assertEquals(Duration.ofMinutes(15), p.lockFor());
        assertEquals(Duration.ofMillis(250), p.delayStep());
        assertEquals(Duration.ofSeconds(2), p.maxDelay());
    }

    @ParameterizedTest(name = "after {0} failures wait {1} ms")
    @CsvSource({"-3,250", "0,250", "1,250", "2,500", "4,1000", "7,1750", "8,2000", "9,2000", "1000,2000",
        "2147483647,2000"})
    void theDelayGrowsByOneStepPerFailureUpToTheCap(int failures, long millis) {
        assertEquals(Duration.ofMillis(millis), LoginPolicy.defaults().delayAfter(failures));
    }

    @Test
    void stepAndCapAreSettings() {
        LoginPolicy p = new LoginPolicy(3, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(5));
        assertEquals(Duration.ofSeconds(3), p.delayAfter(3));
        assertEquals(Duration.ofSeconds(5), p.delayAfter(6));
    }
}
