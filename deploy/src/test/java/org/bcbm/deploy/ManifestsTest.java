package org.bcbm.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every overlay renders to objects an operator can apply, and the checker catches what it is meant to. */
class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void overlayRendersToValidObjectsThatAgreeWithTheCode(String overlay) throws Exception {
        List<ObjectNode> objects = Manifests.render(overlay);
        List<String> problems = Stream.concat(ManifestCheck.problems(objects).stream(),
                CrossCheck.problems(objects).stream()).toList();
        assertEquals(List.of(), problems, overlay + ": " + problems.size() + " problems");
    }

    @Test
    void productionScalesAndProtectsEveryServiceAndKeepsQuarkusEndpointsPrivate() throws Exception {
        assertEquals(List.of(), CrossCheck.productionProblems(Manifests.render("overlays/production")));
    }

    @Test
    void aPublicQuarkusPathAndAWritableRootAreCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode path = (ObjectNode) CrossCheck.find(objects, "Ingress", "gateway").path("spec").path("rules").get(0)
                .path("http").path("paths").get(0);
        path.put("path", "/");
        ObjectNode app = (ObjectNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "gateway"));
        ((ObjectNode) app.path("securityContext")).put("readOnlyRootFilesystem", false);
        assertProblem(CrossCheck.productionProblems(objects), "Ingress/gateway", "/q/*");
        assertProblem(CrossCheck.problems(objects), "Deployment/gateway", "read-only");
    }

    @Test
    void aClusterWithoutBackupsAndAServiceNobodyScrapesAreCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        objects.removeIf(o -> o.path("kind").asText().equals("ScheduledBackup")
                && o.path("spec").path("cluster").path("name").asText().equals("gateway-db"));
        ((ObjectNode) CrossCheck.find(objects, "Cluster", "access-db").path("spec")).remove("plugins");
        ObjectNode endpoint = (ObjectNode) CrossCheck.find(objects, "PodMonitor", "bcbm-services").path("spec")
                .path("podMetricsEndpoints").get(0);
        endpoint.put("port", "metrics");
        List<String> problems = CrossCheck.productionProblems(objects);
        assertProblem(problems, "Cluster/gateway-db", "ScheduledBackup");
        assertProblem(problems, "Cluster/access-db", "WAL archiver");
        assertProblem(problems, "PodMonitor/bcbm-services", "Deployment/evidence-service");
    }

    @Test
    void aMisspelledBackupOrAlertFieldIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ((ObjectNode) CrossCheck.find(objects, "ScheduledBackup", "evidence-db-nightly").path("spec"))
                .put("schedul", "0 0 1 * * *");
        ObjectNode rule = (ObjectNode) CrossCheck.find(objects, "PrometheusRule", "bcbm-navigator").path("spec")
                .path("groups").get(0).path("rules").get(0);
        rule.set("expression", rule.remove("expr"));
        List<String> problems = ManifestCheck.problems(objects);
        assertProblem(problems, "ScheduledBackup/evidence-db-nightly", "schedul");
        assertProblem(problems, "PrometheusRule/bcbm-navigator", "expression");
    }

    @Test
    void baseRunsExactlyTheImagesTheBuildProduces() throws Exception {
        assertEquals(List.of(), CrossCheck.imageProblems(Manifests.render("base")));
    }

    @Test
    void anImageTheBuildDoesNotProduceIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("base");
        ObjectNode app = (ObjectNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "gateway"));
        app.put("image", CrossCheck.builtRepository("gateway") + ":0.0.1");
        assertProblem(CrossCheck.imageProblems(objects), "Deployment/gateway", CrossCheck.builtImage("gateway"));
    }

    @Test
    void anOverlayMovesEveryImageToAnotherRegistryAndTagWithKustomizeImages() throws Exception {
        // what deploy/README.md tells an operator to write, made from the names the build produces
        Path overlay = Manifests.DEPLOY.resolve("target/overlay-with-images");
        Files.createDirectories(overlay);
        String images = CrossCheck.SERVICES.stream()
                .map(s -> "  - {name: " + CrossCheck.builtRepository(s) + ", newName: registry.example.org/bcbm/" + s
                        + ", newTag: 9.9.9}\n")
                .collect(Collectors.joining());
        Files.writeString(overlay.resolve("kustomization.yaml"), "resources:\n  - ../../base\nimages:\n" + images);
        List<ObjectNode> objects = Manifests.render("target/overlay-with-images");
        for (String service : CrossCheck.SERVICES) {
            assertEquals("registry.example.org/bcbm/" + service + ":9.9.9",
                    CrossCheck.container(CrossCheck.find(objects, "Deployment", service)).path("image").asText());
        }
    }

    @Test
    void aMisspelledOperatorFieldIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode kafka = CrossCheck.find(objects, "Kafka", "bcbm");
        ObjectNode spec = (ObjectNode) kafka.path("spec").path("kafka");
        spec.set("listners", spec.remove("listeners"));
        assertProblem(ManifestCheck.problems(objects), "Kafka/bcbm", "listners");
    }

    @Test
    void aFieldKubernetesDoesNotKnowIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode app = (ObjectNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "gateway"));
        app.put("imagePullPolcy", "Always");
        assertProblem(ManifestCheck.problems(objects), "Deployment/gateway", "imagePullPolcy");
    }

    @Test
    void aPortThatIsNotTheServicesIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode app = (ObjectNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "evidence-service"));
        ((ObjectNode) app.path("ports").get(0)).put("containerPort", 8080);
        assertProblem(CrossCheck.problems(objects), "Deployment/evidence-service", "8081");
    }

    @Test
    void aProbeOnTheApiPortAndAWrongManagementPortAreCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode app = (ObjectNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "gateway"));
        ((ObjectNode) app.path("readinessProbe").path("httpGet")).put("port", "http");
        ((ObjectNode) app.path("ports").get(1)).put("containerPort", 9000);
        List<String> problems = CrossCheck.problems(objects);
        assertProblem(problems, "Deployment/gateway", "readinessProbe must probe the port named management");
        assertProblem(problems, "Deployment/gateway", "9080 (quarkus.management.port)");
    }

    @Test
    void aTopicWithoutItsKafkaTopicIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        objects.removeIf(o -> o.path("kind").asText().equals("KafkaTopic")
                && o.path("metadata").path("name").asText().equals("access.events"));
        assertProblem(CrossCheck.problems(objects), "access.events", "KafkaTopic");
    }

    @Test
    void aSettingTheCodeNeedsLeftUnsetIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ArrayNode env = (ArrayNode) CrossCheck.container(CrossCheck.find(objects, "Deployment", "recommendation-service")).path("env");
        env.removeIf(e -> e.path("name").asText().equals("BCBM_SERVICE_VERIFY_KEYS"));
        assertProblem(CrossCheck.problems(objects), "Deployment/recommendation-service", "BCBM_SERVICE_VERIFY_KEYS");
    }

    @Test
    void aSettingMissingFromItsConfigMapAndASecretInOneAreCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ObjectNode settings = objects.stream().filter(o -> o.path("kind").asText().equals("ConfigMap")
                && o.path("metadata").path("name").asText().startsWith("gateway-settings-")).findFirst().orElseThrow();
        ObjectNode data = (ObjectNode) settings.path("data");
        data.remove("BCBM_SERVICE_SIGNING_KEY");
        data.put("BCBM_DB_PASSWORD", "in clear");
        List<String> problems = CrossCheck.problems(objects);
        assertProblem(problems, "Deployment/gateway", "BCBM_SERVICE_SIGNING_KEY");
        assertProblem(problems, "ConfigMap/gateway-settings-", "BCBM_DB_PASSWORD");
    }

    @Test
    void kafkaUsersWithoutAUserOperatorAreCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ((ObjectNode) CrossCheck.find(objects, "Kafka", "bcbm").path("spec").path("entityOperator"))
                .remove("userOperator");
        assertProblem(CrossCheck.problems(objects), "KafkaUser/gateway", "User Operator");
    }

    @Test
    void aMissingAclIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        ArrayNode acls = (ArrayNode) CrossCheck.find(objects, "KafkaUser", "recommendation-service")
                .path("spec").path("authorization").path("acls");
        acls.removeIf(acl -> acl.path("resource").path("name").asText().equals("recommendation-audit-log"));
        assertProblem(CrossCheck.problems(objects), "KafkaUser/recommendation-service", "recommendation-audit-log");
    }

    @Test
    void aServiceTheGatewayCannotReachIsCaught() throws Exception {
        List<ObjectNode> objects = Manifests.render("overlays/production");
        objects.removeIf(o -> o.path("kind").asText().equals("NetworkPolicy")
                && o.path("metadata").path("name").asText().equals("access-cost-service-from-gateway"));
        assertProblem(CrossCheck.problems(objects), "NetworkPolicy", "access-cost-service");
    }

    private static void assertProblem(List<String> problems, String object, String field) {
        assertTrue(problems.stream().anyMatch(p -> p.contains(object) && p.contains(field)),
                "expected a problem naming " + object + " and " + field + ", got " + problems);
    }
}
