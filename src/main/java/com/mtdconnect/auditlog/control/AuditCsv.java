package com.mtdconnect.auditlog.control;

import com.mtdconnect.audit.entity.AuditEvent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit events as CSV (RFC 4180). Values that a spreadsheet would run as a formula get a
 * leading apostrophe.
 */
public final class AuditCsv {
  private static final String HEADER =
      "occurred_at_utc,actor,source_address,action,tenant_id,object_type,object_id,before,after";

  private AuditCsv() {}

  public static String of(List<AuditEvent> events) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (AuditEvent e : events) {
      csv.append(
              Stream.of(
                      String.valueOf(e.getOccurredAt()),
                      e.getActor(),
                      e.getSourceAddress(),
                      e.getAction(),
                      e.getTenantId() == null ? "" : e.getTenantId().toString(),
                      e.getObjectType(),
                      e.getObjectId(),
                      e.getBeforeState(),
                      e.getAfterState())
                  .map(AuditCsv::field)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString();
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
