package dev.migrationlsp.core;

/** Another place that explains a finding (LSP's DiagnosticRelatedInformation). */
public record RelatedInfo(FileLocation location, String message) {}
