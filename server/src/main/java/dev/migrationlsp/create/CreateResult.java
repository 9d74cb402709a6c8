package dev.migrationlsp.create;

/** The outcome of a create request: a file was written, or the user must choose among several heads. */
public sealed interface CreateResult permits Created, AmbiguousHeads {}
