package dev.migrationlsp.clickhouse;

/** A comment in a script: {@code -- line}, {@code # line} or {@code /* block *}{@code /}. */
public record Comment(int start, int end, boolean block) {}
