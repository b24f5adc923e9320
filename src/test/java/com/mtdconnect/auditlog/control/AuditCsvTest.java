package com.mtdconnect.auditlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.audit.entity.AuditEvent;
import com.mtdconnect.auditlog.entity.AuditObject;
import com.mtdconnect.auditlog.entity.AuditRow;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  @Test
  void quotesEveryValueAndDoublesQuotes() {
    assertEquals("\"say \"\"hi\"\"\"", AuditCsv.field("say \"hi\""));
    assertEquals("", AuditCsv.field(null));
  }

  @Test
  void valuesASpreadsheetWouldRunAsFormulasAreDefused() {
    assertEquals("\"'=HYPERLINK(1)\"", AuditCsv.field("=HYPERLINK(1)"));
    assertEquals("\"'@SUM(A1)\"", AuditCsv.field("@SUM(A1)"));
  }

  @Test
  void oneLinePerEventWithTheActionAndTenantInWordsBesideTheirCodes() {
    AuditEvent event =
        new AuditEvent(
            LocalDateTime.of(2026, 1, 2, 3, 4, 5),
            "olivia",
            "127.0.0.1",
            "ROLE_ASSIGNMENT_CHANGED",
            7L,
            "Tenant",
            "7",
            "{\"notes\":null}",
            "{\"notes\":\"x\"}",
            null);
    String[] lines =
        AuditCsv.of(
                List.of(
                    new AuditRow(
                        event,
                        "Contoso Pharmaceuticals",
                        AuditObject.of("Tenant", "7", "Contoso Pharmaceuticals"))))
            .split("\r\n");
    assertEquals(2, lines.length);
    assertEquals(
        "occurred_at_utc,actor,source_address,action,action_label,tenant_id,tenant_name,"
            + "object_type,object_id,object,before,after,changes",
        lines[0]);
    assertEquals(
        "\"2026-01-02T03:04:05\",\"olivia\",\"127.0.0.1\",\"ROLE_ASSIGNMENT_CHANGED\","
            + "\"Role assignment changed\",\"7\",\"Contoso Pharmaceuticals\",\"Tenant\",\"7\","
            + "\"Tenant: Contoso Pharmaceuticals\","
            + "\"{\"\"notes\"\":null}\",\"{\"\"notes\"\":\"\"x\"\"}\",\"Notes: — → x\"",
        lines[1]);
  }

  @Test
  void aPortalWideEventHasNoTenant() {
    AuditEvent signIn =
        new AuditEvent(
            LocalDateTime.of(2026, 1, 2, 3, 4, 5),
            "olivia",
            null,
            "STAFF_SIGNED_IN",
            null,
            "Staff",
            "olivia",
            null,
            null,
            null);
    assertEquals(
        "\"2026-01-02T03:04:05\",\"olivia\",,\"STAFF_SIGNED_IN\",\"Signed in\",\"\",,"
            + "\"Staff\",\"olivia\",\"Staff member olivia\",,,\"\"",
        AuditCsv.of(List.of(new AuditRow(signIn, null))).split("\r\n")[1]);
  }
}
