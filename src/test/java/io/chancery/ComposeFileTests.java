package io.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Keeps docker-compose.yml and application-cluster.properties in step: every host the cluster profile
 * talks to must be a compose service listening on that port, and what the app expects to exist (profile,
 * buckets, database) must be set up by the compose file. Plain file parsing, no Spring context.
 */
class ComposeFileTests {

    private static final Pattern URL = Pattern.compile("^(?:jdbc:)?[a-z][a-z0-9+.-]*://([^:/?#]+):(\\d+)");

    private static Map<String, Map<String, Object>> services;
    private static Properties cluster;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
        cluster = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application-cluster.properties"))) {
            cluster.load(reader);
        }
    }

    @Test
    void everyHostInClusterPropertiesIsAServiceListeningOnThatPort() {
        Map<String, String> references = hostReferences();
        // guard against the parsing silently finding nothing
        assertThat(references.values()).contains("postgres:5432", "orchestration:26500", "orchestration:8080",
                "mailpit:1025", "minio:9000");

        references.forEach((key, hostAndPort) -> {
            String host = hostAndPort.substring(0, hostAndPort.indexOf(':'));
            String port = hostAndPort.substring(hostAndPort.indexOf(':') + 1);
            if (host.equals("localhost")) {
                // a URL for a person's browser (e.g. the Operate link): must be a published host port
                assertThat(publishedHostPorts().values()).as("%s -> %s", key, hostAndPort).contains(port);
            } else {
                assertThat(services).as("%s -> %s: no such compose service", key, hostAndPort).containsKey(host);
                assertThat(containerPorts(host)).as("%s -> %s: port not in ports/expose of %s", key, hostAndPort, host)
                        .contains(port);
            }
        });
    }

    @Test
    void noTwoServicesPublishTheSameHostPort() {
        Map<String, String> owner = new HashMap<>();
        publishedHostPorts().forEach((serviceAndIndex, hostPort) -> {
            String service = serviceAndIndex.substring(0, serviceAndIndex.indexOf('#'));
            String previous = owner.putIfAbsent(hostPort, service);
            assertThat(previous).as("host port %s published by %s and %s", hostPort, previous, service).isNull();
        });
    }

    @Test
    void appRunsTheClusterProfileAndWaitsForItsBackends() {
        assertThat(services).containsKey("app");
        assertThat(environment("app").getOrDefault("SPRING_PROFILES_ACTIVE", "").split(","))
                .as("app SPRING_PROFILES_ACTIVE").contains("cluster");
        assertThat(dependsOn("app")).contains("postgres", "orchestration", "minio-init");
    }

    @Test
    void minioInitCreatesTheConfiguredBuckets() {
        assertThat(services).containsKey("minio-init");
        String script = text(services.get("minio-init").get("entrypoint")) + "\n"
                + text(services.get("minio-init").get("command"));
        String privateBucket = cluster.getProperty("chancery.storage.s3.private-bucket");
        String publicBucket = cluster.getProperty("chancery.storage.s3.public-bucket");

        assertThat(privateBucket).isNotBlank();
        assertThat(publicBucket).isNotBlank().isNotEqualTo(privateBucket);
        assertThat(script).containsPattern(makeBucket(privateBucket)).containsPattern(makeBucket(publicBucket))
                .containsPattern(anonymousDownload(publicBucket))
                .doesNotContainPattern(anonymousDownload(privateBucket));
    }

    @Test
    void postgresCreatesTheDatasourceDatabaseAndUser() {
        Matcher jdbc = Pattern.compile("^jdbc:postgresql://[^/]+/([^?]+)")
                .matcher(cluster.getProperty("spring.datasource.url", ""));
        assertThat(jdbc.find()).as("spring.datasource.url is a PostgreSQL JDBC URL").isTrue();

        Map<String, String> env = environment("postgres");
        assertThat(env.get("POSTGRES_DB")).isEqualTo(jdbc.group(1));
        assertThat(env.get("POSTGRES_USER")).isEqualTo(cluster.getProperty("spring.datasource.username"));
        assertThat(env.get("POSTGRES_PASSWORD")).isEqualTo(cluster.getProperty("spring.datasource.password"));
    }

    /** property key -> "host:port", from URL values and from {@code *.host} keys (with their {@code *.port}). */
    private static Map<String, String> hostReferences() {
        Map<String, String> references = new HashMap<>();
        for (String key : cluster.stringPropertyNames()) {
            String value = cluster.getProperty(key).trim();
            Matcher url = URL.matcher(value);
            if (url.find()) {
                references.put(key, url.group(1) + ":" + url.group(2));
            } else if (key.endsWith(".host")) {
                String portKey = key.substring(0, key.length() - ".host".length()) + ".port";
                assertThat(cluster.getProperty(portKey)).as("%s needs %s", key, portKey).isNotBlank();
                references.put(key, value + ":" + cluster.getProperty(portKey).trim());
            }
        }
        return references;
    }

    /** Container-side ports of a service: targets of its {@code ports} plus its {@code expose} entries. */
    private static Set<String> containerPorts(String service) {
        Set<String> ports = new HashSet<>();
        for (Object entry : list(services.get(service).get("ports"))) {
            if (entry instanceof Map<?, ?> longSyntax) {
                ports.add(String.valueOf(longSyntax.get("target")));
            } else {
                String[] parts = stripProtocol(entry).split(":");
                ports.add(parts[parts.length - 1]);
            }
        }
        for (Object entry : list(services.get(service).get("expose"))) {
            ports.add(stripProtocol(entry));
        }
        return ports;
    }

    /** "service#index" -> published host port, for every port mapping that publishes one. */
    private static Map<String, String> publishedHostPorts() {
        Map<String, String> published = new HashMap<>();
        services.forEach((name, service) -> {
            List<Object> ports = list(service.get("ports"));
            for (int i = 0; i < ports.size(); i++) {
                String hostPort = null;
                if (ports.get(i) instanceof Map<?, ?> longSyntax) {
                    hostPort = longSyntax.get("published") == null ? null : String.valueOf(longSyntax.get("published"));
                } else {
                    String[] parts = stripProtocol(ports.get(i)).split(":");
                    hostPort = parts.length >= 2 ? parts[parts.length - 2] : null; // "[ip:]host:container"
                }
                if (hostPort != null) {
                    published.put(name + "#" + i, hostPort);
                }
            }
        });
        return published;
    }

    private static Map<String, String> environment(String service) {
        assertThat(services).containsKey(service);
        Object env = services.get(service).get("environment");
        Map<String, String> result = new HashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (Object entry : list(env)) {
                String[] kv = String.valueOf(entry).split("=", 2);
                result.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return result;
    }

    private static Set<String> dependsOn(String service) {
        Object dependsOn = services.get(service).get("depends_on");
        Set<String> result = new HashSet<>();
        if (dependsOn instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> result.add(String.valueOf(k)));
        } else {
            list(dependsOn).forEach(d -> result.add(String.valueOf(d)));
        }
        return result;
    }

    private static Pattern makeBucket(String bucket) {
        return Pattern.compile("mc\\s+mb\\b[^\\n]*\\s\\S+/" + Pattern.quote(bucket) + "(\\s|$)", Pattern.MULTILINE);
    }

    private static Pattern anonymousDownload(String bucket) {
        return Pattern.compile("mc\\s+anonymous\\s+set\\s+(download|public)\\s+\\S+/" + Pattern.quote(bucket)
                + "(\\s|$)", Pattern.MULTILINE);
    }

    private static String stripProtocol(Object portEntry) {
        return String.valueOf(portEntry).replaceFirst("/(tcp|udp)$", "");
    }

    private static String text(Object value) {
        return value instanceof List<?> parts ? String.join("\n", parts.stream().map(String::valueOf).toList())
                : value == null ? "" : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value == null ? List.of() : new ArrayList<>((List<Object>) value);
    }
}
