package org.quotecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What `kubectl apply --dry-run=client --validate=strict` would check, without the API server it
 * needs for its schemas: every object of every rendered overlay (and the restore cluster, which is
 * applied on its own) must be of a known kind and apiVersion, with no unknown field and no value of
 * the wrong type. Kubernetes' own kinds are read into fabric8's typed model (the API's types, from
 * Maven Central), where a field the type lacks lands in its additionalProperties and is reported;
 * CloudNativePG's and the OpenSearch operator's kinds are checked against JSON Schemas in
 * src/test/resources/k8s-schemas, which describe the fields of their APIs (CloudNativePG 1.24, the
 * operator's opensearch.opster.io/v1) these manifests use and refuse any other.
 */
class KubernetesSchemaTest {

    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The built-in kinds the manifests use, by apiVersion and kind. */
    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    /** Custom resources, by apiVersion and kind: their schema under src/test/resources/k8s-schemas. */
    private static final Map<String, String> CUSTOM = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io-v1-Cluster.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "postgresql.cnpg.io-v1-ScheduledBackup.json",
            "opensearch.opster.io/v1/OpenSearchCluster", "opensearch.opster.io-v1-OpenSearchCluster.json");

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @ParameterizedTest(name = "overlay {0}")
    @ValueSource(strings = {"dev", "prod"})
    void shouldFindEveryObjectOfAnOverlayValidAgainstItsSchema(String overlay) throws Exception {
        List<JsonNode> objects = KubernetesManifestsTest.render(Path.of("k8s", "overlays", overlay));
        assertTrue(objects.size() >= 7, "objects rendered: " + objects.size());
        List<String> problems = new ArrayList<>();
        for (JsonNode object : objects) {
            problems.addAll(problems(object));
        }
        assertEquals(List.of(), problems, "overlay " + overlay);
    }

    @Test
    void shouldFindTheRestoreClusterValidAgainstItsSchema() throws Exception {
        JsonNode restore = YAML.readTree(Files.readString(Path.of("k8s", "restore", "quotecheck-db-restore.yaml")));
        assertEquals(List.of(), problems(restore));
    }

    /** The check itself must see what kubectl's strict validation would refuse. */
    @Test
    void shouldReportMisspeltFieldsWrongTypesAndUnknownKinds() throws Exception {
        List<JsonNode> prod = KubernetesManifestsTest.render(Path.of("k8s", "overlays", "prod"));
        ObjectNode deployment = find(prod, "Deployment");
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolicyy", "Always");
        assertTrue(problems(deployment).toString().contains("imagePullPolicyy"), problems(deployment).toString());

        ObjectNode replicas = find(prod, "Deployment");
        ((ObjectNode) replicas.path("spec")).put("replicas", "three");
        assertTrue(problems(replicas).toString().contains("replicas"), problems(replicas).toString());

        ObjectNode meta = find(prod, "Service");
        ((ObjectNode) meta.path("metadata")).put("label", "x");
        assertTrue(problems(meta).toString().contains("label"), problems(meta).toString());

        ObjectNode cluster = find(prod, "Cluster");
        ((ObjectNode) cluster.path("spec")).put("instance", 3);
        assertTrue(problems(cluster).toString().contains("instance"), problems(cluster).toString());

        ObjectNode backup = find(prod, "ScheduledBackup");
        ((ObjectNode) backup.path("spec")).put("immediate", "yes");
        assertTrue(problems(backup).toString().contains("immediate"), problems(backup).toString());

        ObjectNode unknown = find(prod, "ConfigMap");
        unknown.put("apiVersion", "v2");
        assertTrue(problems(unknown).toString().contains("no schema"), problems(unknown).toString());
    }

    private static ObjectNode find(List<JsonNode> objects, String kind) {
        return (ObjectNode) objects.stream().filter(o -> o.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind)).deepCopy();
    }

    /** No quietly converted scalars: the API server refuses "3" for a number, 3 for a string and "yes" for a boolean. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** What is wrong with one object, each as "Kind/name: where: what". */
    static List<String> problems(JsonNode object) throws Exception {
        String type = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String name = object.path("kind").asText() + "/" + object.at("/metadata/name").asText();
        List<String> problems = new ArrayList<>();
        Class<? extends HasMetadata> typed = TYPED.get(type);
        if (typed != null) {
            Object model;
            try {
                model = YAML.convertValue(object, typed);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage().replace('\n', ' '));
                return problems;
            }
            unknownFields(model, "", problems);
        } else if (CUSTOM.containsKey(type)) {
            try {
                unknownFields(YAML.convertValue(object.path("metadata"), ObjectMeta.class), ".metadata", problems);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": metadata: " + e.getMessage().replace('\n', ' '));
            }
            JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of("classpath:k8s-schemas/" + CUSTOM.get(type)));
            for (ValidationMessage message : schema.validate(JSON.valueToTree(object))) {
                problems.add(message.getInstanceLocation() + ": " + message.getMessage());
            }
        } else {
            problems.add("no schema for " + type + ": add the kind here");
        }
        return problems.stream().map(p -> p.startsWith(name) ? p : name + ": " + p).toList();
    }

    /**
     * Fields the model does not know: fabric8's types keep them in additionalProperties instead of
     * failing, so every reachable object of the model is asked for its own.
     */
    private static void unknownFields(Object value, String path, List<String> found) throws IllegalAccessException, InvocationTargetException {
        if (value == null) {
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                unknownFields(list.get(i), path + "[" + i + "]", found);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                unknownFields(entry.getValue(), path + "." + entry.getKey(), found);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object member;
            try {
                member = getter.invoke(value);
            } catch (InvocationTargetException e) {
                found.add(path + "." + getter.getName() + ": " + e.getCause());
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (member instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    found.add((path.isEmpty() ? "." : path) + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            unknownFields(member, path + "." + field, found);
        }
    }
}
