package dev.migrationlsp.create;

/** Planning either yields a file to write or stops because the user must choose among several heads. */
public sealed interface PlanResult permits MigrationPlan, AmbiguousHeads {}
