package org.bcbm.common.outbox;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Decides which aggregates the topic is missing: absent there, or there only at an older version. */
public final class VersionGap {

    private VersionGap() {
    }

    /**
     * @param held    aggregate id -> current version in the owner's database
     * @param onTopic aggregate id -> highest version found on the topic
     * @param covered ids whose current version already waits in (or just left) the outbox
     * @return the ids to record in the outbox again, in the order {@code held} iterates
     */
    public static Set<String> missing(Map<String, Long> held, Map<String, Long> onTopic, Set<String> covered) {
        Set<String> missing = new LinkedHashSet<>();
        held.forEach((id, version) -> {
            Long published = onTopic.get(id);
            // a topic version above the database's means the database was restored from an older backup:
            // republishing would not make the topic right, and consumers never go back a version anyway
            if ((published == null || version > published) && !covered.contains(id)) {
                missing.add(id);
            }
        });
        return missing;
    }
}
