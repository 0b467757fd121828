package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bcbm.common.regimen.AgentSchedules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The documents that describe the regimens are the catalogue's own: docs/regimen-catalogue.md is regenerated from it
 * ({@code -Dbcbm.regenerate=true} rewrites it) and the README's rules table names exactly the catalogue's regimens.
 */
class RegimenCatalogueDocumentTest {

    private static final Path DOCUMENT = Path.of("..", "docs", "regimen-catalogue.md");
    private static final Path README = Path.of("..", "README.md");

    @Test
    @DisplayName("docs/regimen-catalogue.md is exactly what the catalogue renders")
    void catalogueDocumentIsGeneratedFromTheCatalogue() throws IOException {
        String rendered = render();
        if (Boolean.getBoolean("bcbm.regenerate")) {
            Files.writeString(DOCUMENT, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(DOCUMENT, StandardCharsets.UTF_8),
                "docs/regimen-catalogue.md is stale: run mvn -pl recommendation-service test "
                        + "-Dtest=RegimenCatalogueDocumentTest -Dbcbm.regenerate=true");
    }

    @Test
    @DisplayName("The README's rules table names every catalogue regimen, and nothing else")
    void readmeRulesTableMatchesTheCatalogue() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## What the rules cover today");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> rows = readme.substring(start, end).lines().filter(l -> l.startsWith("| ")).skip(1).toList();
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`([a-z0-9-]+)`").matcher(String.join("\n", rows));
        while (m.find()) {
            named.add(m.group(1));
        }
        Set<String> catalogue = Regimens.all().stream().map(Regimen::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(catalogue);
        Set<String> missing = new TreeSet<>(catalogue);
        missing.removeAll(named);
        assertTrue(unknown.isEmpty(), "the README names regimens the catalogue lacks: " + unknown);
        assertTrue(missing.isEmpty(), "the README's rules table leaves out: " + missing);
    }

    @Test
    @DisplayName("Every agent of every regimen has a standard schedule with its source")
    void everyAgentHasAStandardSchedule() {
        for (Regimen r : Regimens.all()) {
            r.agents().forEach(inn -> assertTrue(AgentSchedules.of(inn).isPresent(), r.name() + ": " + inn));
            assertTrue(r.schedule() != null && !r.schedule().isBlank(), r.name());
        }
    }

    static String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Regimen catalogue\n\n");
        md.append("Generated from `recommendation-service` `rules/Regimens.java` by `RegimenCatalogueDocumentTest`; do not edit.\n");
        md.append("Each agent's standard schedule comes from `platform-common` `AgentSchedules` (label named per agent); a\n");
        md.append("regimen's minimum resource tier is the highest of its agents' tiers, which access-cost-service owns\n");
        md.append("(WHO EML 2025 and resource-stratified guidance, see docs/research/resource-tiers.md).\n\n");
        md.append("| name | category | regimen | agents | schedule | route | cycle (days) | evidence | selecting tests | continued beyond progression |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Regimen r : Regimens.all()) {
            md.append("| `").append(r.name()).append("` | ").append(r.category().value).append(" | ").append(r.title())
                    .append(" | ").append(String.join(", ", r.agents())).append(" | ").append(r.schedule())
                    .append(" | ").append(r.routes()).append(" | ").append(r.cycleDays() == null ? "" : r.cycleDays())
                    .append(" | ").append(String.join(", ", r.trials())).append(" | ")
                    .append(r.requires().stream().map(q -> q.test).sorted().collect(Collectors.joining("; ")))
                    .append(" | ").append(String.join(", ", new TreeSet<>(r.continuedBeyondProgression()))).append(" |\n");
        }
        md.append("\n## Sources and monitoring\n\n");
        for (Regimen r : Regimens.all()) {
            md.append("### `").append(r.name()).append("`\n\n");
            if (r.summary() != null) {
                md.append(r.summary()).append("\n\n");
            }
            Set<String> sources = new LinkedHashSet<>(r.sources());
            r.agents().forEach(inn -> sources.add("schedule of " + inn + ": " + AgentSchedules.require(inn).source()));
            sources.forEach(src -> md.append("- ").append(src).append('\n'));
            r.monitoring().forEach(w -> md.append("- monitor: ").append(w).append('\n'));
            md.append('\n');
        }
        return md.toString();
    }
}
