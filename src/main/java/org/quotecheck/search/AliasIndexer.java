package org.quotecheck.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.quotecheck.common.PublicId;

/**
 * The indexer pod's work on the index behind the alias. It follows the change feed into the index
 * the alias names and, while a rebuild runs, into the rebuild's new index beside it, each with a
 * {@link ChangeFeedIndexer} and a checkpoint of its own (the live index's kept under the alias's
 * name, the new one's under the new index's). Once the new index holds every change the old one
 * holds, it moves the alias there in one request, follows the feed into the new index from then
 * on, and deletes the old one when the searches begun before the move are over.
 *
 * <p>Every step can be cut short by the pod dying: the rebuild's row and the checkpoints tell the
 * next indexer where it stands, and the old index serves until the alias moves. Its connection
 * must hold the alias's indexer lock ({@link ChangeFeedIndexer#tryLock}).
 */
final class AliasIndexer {

    private static final Logger LOG = Logger.getLogger(AliasIndexer.class);
    /** How often a pod looks for a rebuild asked for through another pod. */
    private static final long LOOK_NANOS = 1_000_000_000L;
    /** Who asked for the rebuild that turns an index from before aliases into an alias. */
    static final String UPGRADE = "quotecheck (index from before aliases)";

    private final OpenSearchClient client;
    private final IndexAlias alias;
    private final int shards;
    private final int replicas;
    private final int batchSize;
    private final long graceNanos;
    private String live;
    private ChangeFeedIndexer liveFeed;
    /** The unfinished rebuild, or null. */
    private Rebuild rebuild;
    private ChangeFeedIndexer rebuildFeed;
    private long lookedAt;
    private boolean lookNow = true;
    private long swappedAt;
    /** The checkpoint the live feed starts from after a move, until its first step reads it. */
    private long movedAt = -1;

    /**
     * {@code grace}: how long the old index outlives the alias's move, for the searches that
     * resolved the alias before it (each has the client's timeout to finish).
     */
    AliasIndexer(OpenSearchClient client, String alias, int shards, int replicas, int batchSize, Duration grace) {
        this.client = client;
        this.alias = new IndexAlias(client, alias);
        this.shards = shards;
        this.replicas = replicas;
        this.batchSize = batchSize;
        this.graceNanos = grace.toNanos();
    }

    /** Finds the index behind the alias, or makes the first one; call once the lock is held. */
    void open(Connection c) throws SQLException {
        IndexAlias.Target target = alias.resolve();
        switch (target.kind()) {
            case NOTHING -> {
                // forget before creating: a checkpoint left from an index that is gone would skip what it held
                IndexerQueries.forgetCheckpoint(c, alias.name());
                live = alias.createFirst(shards, replicas);
                LOG.infof("Created the search index %s behind the alias %s", live, alias.name());
            }
            case INDEX -> {
                live = target.index();
                // empty when a rebuild is unfinished already (asked for by an admin, or by the pod before): that one does it
                RebuildQueries.request(c, alias.name(), UPGRADE).ifPresent(id -> LOG.infof(
                        "The search index %s is from before aliases: rebuilding it as %s-<n> behind an alias of that name (rebuild %s); it serves meanwhile",
                        live, alias.name(), PublicId.REBUILD.format(id)));
            }
            case ALIAS -> live = target.index();
        }
        liveFeed = new ChangeFeedIndexer(alias.name(), new OpenSearchIndex(client, live), batchSize);
    }

    /** The index the alias names. */
    String live() {
        return live;
    }

    /** Everything up to this change number is in the index the alias names (-1 before the first step). */
    long checkpoint() {
        return liveFeed.checkpoint() >= 0 ? liveFeed.checkpoint() : movedAt;
    }

    /** True when nothing is to be done until the next change (the caller may wait for a notification). */
    boolean idle() {
        if (rebuild == null) {
            return liveFeed.idle();
        }
        return switch (rebuild.state()) {
            case INDEXING -> liveFeed.idle() && rebuildFeed.idle();
            case SWAPPED -> liveFeed.idle();
            default -> false;
        };
    }

    /** One step of the live index's feed and of the rebuild's; returns the quotes written. */
    int step(Connection c) throws SQLException {
        int written = liveFeed.step(c);
        if (rebuild == null) {
            look(c);
            return written;
        }
        switch (rebuild.state()) {
            case PENDING -> start(c);
            case INDEXING -> written += fill(c);
            case SWAPPED -> finishWhenDue(c);
            default -> rebuild = null;
        }
        return written;
    }

    private void look(Connection c) throws SQLException {
        if (!lookNow && System.nanoTime() - lookedAt < LOOK_NANOS) {
            return;
        }
        lookNow = false;
        lookedAt = System.nanoTime();
        rebuild = RebuildQueries.unfinished(c, alias.name()).orElse(null);
        if (rebuild == null) {
            return;
        }
        if (rebuild.state() == RebuildState.INDEXING) {
            resume(c);
        } else if (rebuild.state() == RebuildState.SWAPPED) {
            swappedAt = System.nanoTime();
        }
    }

    /** Names the new index in the row before creating it, so that a pod dying in between leaves no index nobody knows of. */
    private void start(Connection c) throws SQLException {
        String next = alias.nextIndex();
        RebuildQueries.started(c, rebuild.id(), live, next);
        rebuild = RebuildQueries.find(c, rebuild.id()).orElseThrow();
        LOG.infof("Rebuild %s: filling %s from the quote table while %s serves", PublicId.REBUILD.format(rebuild.id()), next, live);
        resume(c);
    }

    /** Carries on with an indexing rebuild: its index made if missing, or the move completed if the alias names it already. */
    private void resume(Connection c) throws SQLException {
        if (rebuild.newIndex().equals(live)) {
            completeMove(c); // the pod before moved the alias and died
            return;
        }
        OpenSearchIndex index = new OpenSearchIndex(client, rebuild.newIndex());
        if (!index.exists()) {
            IndexerQueries.forgetCheckpoint(c, index.name());
            try {
                index.create(shards, replicas, null);
            } catch (OpenSearchIndex.CreationRefused e) {
                fail(c, e.getMessage());
                return;
            }
        }
        rebuildFeed = new ChangeFeedIndexer(index.name(), index, batchSize);
    }

    private int fill(Connection c) throws SQLException {
        int written = rebuildFeed.step(c);
        if (written > 0) {
            RebuildQueries.addIndexed(c, rebuild.id(), written);
        }
        // the new index holds every change the old one holds: the alias can move without a search losing a quote
        if (liveFeed.checkpoint() >= 0 && rebuildFeed.checkpoint() >= liveFeed.checkpoint()) {
            new OpenSearchIndex(client, rebuild.newIndex()).refresh(); // searchable the moment the alias names it
            alias.move(live, rebuild.newIndex());
            live = rebuild.newIndex();
            completeMove(c);
        }
        return written;
    }

    /** The live checkpoint becomes the new index's, in the transaction that marks the rebuild swapped. */
    private void completeMove(Connection c) throws SQLException {
        long reached = IndexerQueries.checkpoint(c, rebuild.newIndex());
        c.setAutoCommit(false);
        try {
            IndexerQueries.saveCheckpoint(c, alias.name(), reached);
            IndexerQueries.forgetCheckpoint(c, rebuild.newIndex());
            RebuildQueries.swapped(c, rebuild.id());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        movedAt = reached;
        liveFeed = new ChangeFeedIndexer(alias.name(), new OpenSearchIndex(client, live), batchSize);
        rebuildFeed = null;
        rebuild = RebuildQueries.find(c, rebuild.id()).orElseThrow();
        swappedAt = System.nanoTime();
        LOG.infof("Rebuild %s: the alias %s names %s now (changes up to %d)", PublicId.REBUILD.format(rebuild.id()), alias.name(), live, reached);
    }

    private void finishWhenDue(Connection c) throws SQLException {
        if (System.nanoTime() - swappedAt < graceNanos) {
            return;
        }
        if (!rebuild.oldIndex().equals(live)) {
            alias.delete(rebuild.oldIndex());
        }
        RebuildQueries.done(c, rebuild.id());
        LOG.infof("Rebuild %s: done; %s deleted", PublicId.REBUILD.format(rebuild.id()), rebuild.oldIndex());
        rebuild = null;
    }

    /** The cluster will not make the new index: the old one serves on, and the rebuild says why. */
    private void fail(Connection c, String error) throws SQLException {
        LOG.warnf("Rebuild %s failed: %s", PublicId.REBUILD.format(rebuild.id()), error);
        RebuildQueries.failed(c, rebuild.id(), error);
        rebuild = null;
        rebuildFeed = null;
    }
}
