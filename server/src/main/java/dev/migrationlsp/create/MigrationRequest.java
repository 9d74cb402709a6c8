package dev.migrationlsp.create;

/** What {@link MigrationCreator} can create: the next migration, or a merge revision over several heads. */
public sealed interface MigrationRequest permits CreateRequest, MergeRequest {
    /** The database whose history grows, so the directory is synced with disk before planning. */
    Target target();
}
