package com.mtdconnect.auditlog.control;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.audit.entity.ChangedField;
import com.mtdconnect.auditlog.entity.AuditRow;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes audit events as CSV (RFC 4180): the stored codes and ids for machines, and beside them
 * what a person reads (the action in words, the tenant's display name, the object in words, the
 * changes field by field). Values that a spreadsheet would run as a formula get a leading
 * apostrophe.
 */
public final class AuditCsv {
  private static final String HEADER =
      "occurred_at_utc,actor,source_address,action,action_label,tenant_id,tenant_name,"
          + "object_type,object_id,object,before,after,changes";

  private AuditCsv() {}

  public static String of(List<AuditRow> rows) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (AuditRow row : rows) {
      AuditEvent e = row.getEvent();
      csv.append(
              Stream.of(
                      String.valueOf(e.getOccurredAt()),
                      e.getActor(),
                      e.getSourceAddress(),
                      e.getAction(),
                      e.getActionLabel(),
                      e.getTenantId() == null ? "" : e.getTenantId().toString(),
                      row.getTenantName(),
                      e.getObjectType(),
                      e.getObjectId(),
                      row.getObject().getLabel(),
                      e.getBeforeState(),
                      e.getAfterState(),
                      changes(e.getChanges()))
                  .map(AuditCsv::field)
                  .collect(Collectors.joining(",")))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** "Notes: — → Call Monday; Lifecycle: Invited → Consent pending". */
  private static String changes(List<ChangedField> changes) {
    return changes.stream()
        .map(
            c ->
                c.getField()
                    + ": "
                    + (c.isCreated() ? c.getAfter() : c.getBefore() + " → " + c.getAfter()))
        .collect(Collectors.joining("; "));
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
