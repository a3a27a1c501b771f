package org.quotecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Renders every Kustomize overlay with `kubectl kustomize` and checks the rules a platform team
 * relies on, so that a broken manifest fails the build rather than a rollout.
 */
class KubernetesManifestsTest {

    @ParameterizedTest(name = "overlay {0}")
    @CsvSource({"dev, 1, 1", "prod, 3, 3"})
    void shouldRenderSafeManifestsWhenAnOverlayIsBuilt(String overlay, int minReplicas, int dbInstances) throws Exception {
        List<JsonNode> docs = render(Path.of("k8s", "overlays", overlay));
        JsonNode deployment = find(docs, "Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= minReplicas, "replicas");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        String image = container.path("image").asText();
        assertTrue(image.matches(".+:[^:/]+$") && !image.endsWith(":latest"), "image with a fixed tag, not latest: " + image);
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        for (String resource : List.of("/resources/requests/cpu", "/resources/requests/memory", "/resources/limits/memory")) {
            assertFalse(container.at(resource).isMissingNode(), resource);
        }
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "runAsNonRoot");
        assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), "readOnlyRootFilesystem");
        assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), "no privilege escalation");
        assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText(), "capabilities dropped");
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= 20, "graceful shutdown");
        assertFalse(container.at("/lifecycle/preStop").isMissingNode(), "preStop pause");
        assertEquals("true", deployment.at("/spec/template/metadata/annotations/prometheus.io~1scrape").asText(), "Prometheus scraping");

        Set<String> secretEnv = new HashSet<>();
        for (JsonNode env : container.path("env")) {
            if (!env.at("/valueFrom/secretKeyRef/name").isMissingNode()) {
                secretEnv.add(env.path("name").asText());
            }
            assertTrue(env.path("value").isMissingNode() || !env.path("name").asText().matches(".*(PASSWORD|KEY).*"), "no inline secret in " + env);
        }
        assertTrue(secretEnv.containsAll(Set.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "QUOTECHECK_ADMIN_KEY")),
                "credentials from Secrets: " + secretEnv);

        JsonNode config = find(docs, "ConfigMap");
        assertTrue(config.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText().contains("quotecheck-db-rw"), "writes go to the -rw service");

        JsonNode service = find(docs, "Service");
        assertEquals(80, service.at("/spec/ports/0/port").asInt());
        assertEquals(minReplicas, find(docs, "HorizontalPodAutoscaler").at("/spec/minReplicas").asInt());
        assertNotNull(find(docs, "PodDisruptionBudget"));
        JsonNode policy = find(docs, "NetworkPolicy");
        assertEquals("quotecheck-db", policy.at("/spec/podSelector/matchLabels/cnpg.io~1cluster").asText());
        assertEquals("quotecheck", policy.at("/spec/ingress/0/from/0/podSelector/matchLabels/app.kubernetes.io~1name").asText());

        JsonNode cluster = find(docs, "Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        assertEquals(dbInstances, cluster.at("/spec/instances").asInt());
        assertFalse(cluster.at("/spec/imageName").asText().endsWith(":latest"));
        assertTrue(cluster.at("/spec/imageName").asText().matches(".+@sha256:[0-9a-f]{64}"), "database image pinned by digest");
        assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= 50, "time for a running import to stop cleanly");
        boolean exporterOpen = false;
        for (JsonNode rule : policy.at("/spec/ingress")) {
            boolean fromMonitoring = "monitoring".equals(rule.at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText());
            exporterOpen |= fromMonitoring && rule.at("/ports/0/port").asInt() == 9187;
        }
        assertTrue(exporterOpen, "the monitoring namespace reaches the PostgreSQL exporter on 9187");
        if (overlay.equals("prod")) {
            assertTrue(pod.at("/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution").isMissingNode(),
                    "no required anti-affinity: it would cap the autoscaler at one pod per node");
            assertFalse(pod.at("/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution").isMissingNode(), "preferred spread");
            assertFalse(pod.at("/topologySpreadConstraints").isMissingNode(), "topology spread");
            for (JsonNode constraint : pod.at("/topologySpreadConstraints")) {
                assertEquals("ScheduleAnyway", constraint.path("whenUnsatisfiable").asText(), "spread never blocks scaling");
            }
            assertFalse(cluster.at("/spec/backup/barmanObjectStore/destinationPath").asText().isEmpty(), "backups go to an object store");
            JsonNode scheduled = find(docs, "ScheduledBackup");
            assertEquals("quotecheck-db", scheduled.at("/spec/cluster/name").asText());
            assertFalse(scheduled.at("/spec/schedule").asText().isEmpty());
            JsonNode ingress = find(docs, "Ingress");
            assertFalse(ingress.at("/spec/tls/0/secretName").asText().isEmpty(), "TLS");
            assertEquals(ingress.at("/spec/tls/0/hosts/0").asText(), ingress.at("/spec/rules/0/host").asText());
            assertEquals("https://" + ingress.at("/spec/rules/0/host").asText(), config.at("/data/QUOTECHECK_HTTP_PUBLIC_BASE_URL").asText(),
                    "Location headers on the public name");
            assertEquals("true", config.at("/data/QUOTECHECK_READ_REPLICA_ENABLED").asText(), "prod reads from the replicas");
            assertTrue(config.at("/data/QUOTECHECK_READ_REPLICA_URL").asText().contains("quotecheck-db-ro"), "through the -ro service");
            assertFalse(pod.at("/affinity/podAntiAffinity").isMissingNode(), "pods spread over nodes");
            assertTrue(cluster.at("/spec/affinity/enablePodAntiAffinity").asBoolean(), "database instances spread over nodes");
            JsonNode search = find(docs, "OpenSearchCluster");
            assertEquals("opensearch.opster.io/v1", search.path("apiVersion").asText());
            assertEquals(3, search.at("/spec/nodePools/0/replicas").asInt(), "three search nodes: a quorum and a replica survive one");
            assertEquals("opensearch", config.at("/data/QUOTECHECK_SEARCH_BACKEND").asText(), "prod searches candidates on the cluster");
            assertTrue(docs.stream().anyMatch(d -> d.at("/spec/podSelector/matchLabels/opster.io~1opensearch-cluster").asText().equals("quotecheck-search")),
                    "a NetworkPolicy guards the search cluster");
            Set<String> searchSecrets = new HashSet<>();
            container.path("env").forEach(env -> searchSecrets.add(env.at("/valueFrom/secretKeyRef/name").asText()));
            assertTrue(searchSecrets.contains(search.at("/spec/security/config/adminCredentialsSecret/name").asText()), "the app reads the cluster's credentials Secret");
        } else {
            assertTrue(config.at("/data/QUOTECHECK_SEARCH_BACKEND").isMissingNode(), "dev keeps the embedded index");
        }
    }

    static List<JsonNode> render(Path overlay) throws Exception {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(false).start();
        } catch (java.io.IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/ (.ci/run installs Debian's kubernetes-client when it is missing)", e);
        }
        byte[] out = kubectl.getInputStream().readAllBytes();
        String err = new String(kubectl.getErrorStream().readAllBytes());
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, kubectl.exitValue(), err);
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(out)) {
            while (it.hasNext()) {
                docs.add(it.next());
            }
        }
        return docs;
    }

    private static JsonNode find(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
    }
}
