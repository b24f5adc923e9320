package com.mtdconnect.auditlog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.audit.entity.AuditEvent;
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
  void oneLinePerEventAfterTheHeader() {
    AuditEvent event =
        new AuditEvent(
            LocalDateTime.of(2026, 1, 2, 3, 4, 5),
            "olivia",
            "127.0.0.1",
            "TENANT_UPDATED",
            7L,
            "Tenant",
            "7",
            null,
            "{\"notes\":\"x\"}",
            null);
    String[] lines = AuditCsv.of(List.of(event)).split("\r\n");
    assertEquals(2, lines.length);
    assertEquals(
        "\"2026-01-02T03:04:05\",\"olivia\",\"127.0.0.1\",\"TENANT_UPDATED\",\"7\",\"Tenant\",\"7\",,"
            + "\"{\"\"notes\"\":\"\"x\"\"}\"",
        lines[1]);
  }
}
