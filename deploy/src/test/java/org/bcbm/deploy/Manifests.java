package org.bcbm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The objects an overlay renders to, with {@code kubectl kustomize} (the renderer operators use; no renderer of our
 * own, so what is checked is exactly what {@code kubectl apply -k} would send).
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** deploy/ (the module's directory when Maven runs the tests). */
    static final Path DEPLOY = Path.of("").toAbsolutePath();
    static final Path ROOT = DEPLOY.getParent();

    private Manifests() {
    }

    static List<ObjectNode> render(String overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", DEPLOY.resolve(overlay).toString())
                    .redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new IllegalStateException("kubectl is needed to render the overlays (Debian: apt-get install kubectl, "
                    + "or any kubectl 1.27+ on the PATH)", e);
        }
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + err);
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode doc : YAML.readerFor(JsonNode.class).<JsonNode>readValues(out).readAll()) {
            if (doc instanceof ObjectNode object) {
                objects.add(object);
            }
        }
        return objects;
    }

    /** A service's application.properties, as text. */
    static String properties(String service) throws IOException {
        return Files.readString(ROOT.resolve(service).resolve("src/main/resources/application.properties"));
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + object.path("metadata").path("name").asText();
    }
}
