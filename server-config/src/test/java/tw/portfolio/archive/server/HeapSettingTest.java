package tw.portfolio.archive.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class HeapSettingTest {

    @Test
    void withoutASettingTheServerGetsOneGigabyteOfHeap() {
        assertEquals("1g", HeapSetting.resolve(Map.of(), new Properties()).maxHeap());
    }

    @Test
    void theEnvironmentSetsTheHeapAndASystemPropertyWinsOverIt() {
        assertEquals("768m", HeapSetting.resolve(Map.of("ARCHIVE_JVM_MAXHEAP", "768m"), new Properties()).maxHeap());
        Properties p = new Properties();
        p.setProperty("archive.jvm.maxHeap", "2g");
        assertEquals("2g", HeapSetting.resolve(Map.of("ARCHIVE_JVM_MAXHEAP", "768m"), p).maxHeap());
    }

    @Test
    void aValueThatIsNoHeapSizeOrTooSmallIsRefusedNamingTheSetting() {
        for (String bad : List.of("", "1 g", "-1g", "1gb", "1.5g", "255m", "100", "99999999999g")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HeapSetting(bad));
            assertTrue(e.getMessage().startsWith("archive.jvm.maxHeap must be a heap size"), e.getMessage());
        }
    }

    @Test
    void aHeapOptionGivenToJavaItselfWinsOverTheSetting() {
        assertTrue(HeapSetting.fixedBy(List.of("-Dx=y", "-Xmx3g")));
        assertTrue(HeapSetting.fixedBy(List.of("-XX:MaxRAMPercentage=25")));
        assertTrue(HeapSetting.fixedBy(List.of("-XX:MaxHeapSize=512m")));
        assertFalse(HeapSetting.fixedBy(List.of("-Xms256m", "-Dhazelcast.phone.home.enabled=false")));
    }

    @Test
    void theServerJvmKeepsTheOptionsAndArgumentsAndAddsTheHeap() {
        List<String> cmd = new HeapSetting("1g").command("/usr/bin/java", List.of("-Da=b"),
                List.of("-Darchive.launcher.child=true"), "/opt/portfolio-archive.jar", List.of("--port", "8080"));
        assertEquals(List.of("/usr/bin/java", "-Da=b", "-Xmx1g", "-Darchive.launcher.child=true", "-jar",
                "/opt/portfolio-archive.jar", "--port", "8080"), cmd);
    }
}
