package tw.portfolio.archive.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployment every integration test uses: the war the build produced, not a hand-made list. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive builtWar() {
        File war = new File(System.getProperty("archive.test.war", "target/archive-web.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
