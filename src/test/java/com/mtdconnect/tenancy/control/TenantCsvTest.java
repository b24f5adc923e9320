package com.mtdconnect.tenancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mtdconnect.tenancy.entity.CsvNotReadable;
import com.mtdconnect.tenancy.entity.TenantDraft;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantCsvTest {

  private static List<TenantCsv.Row> parse(String text) {
    return TenantCsv.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headerBomBlankLinesAndQuotesAreReadAsASpreadsheetWritesThem() {
    List<TenantCsv.Row> rows =
        parse(
            "\uFEFFDisplay name,Domain or tenant id,Scope tags,Contact name,Contact email\r\n"
                + "\r\n"
                + "\"Contoso, \"\"Pharma\"\"\",contoso.com,\"EMEA, Gold\",Dana,dana@contoso.com\r\n");
    assertEquals(1, rows.size());
    assertEquals(3, rows.get(0).line());
    assertNull(TenantCsv.shapeProblem(rows.get(0)));
    TenantDraft draft = TenantCsv.draftOf(rows.get(0));
    assertEquals("Contoso, \"Pharma\"", draft.getDisplayName());
    assertEquals(List.of("EMEA", "Gold"), draft.getScopeTagList());
  }

  @Test
  void semicolonSeparatedFilesAndPipeSeparatedTagsWork() {
    TenantDraft draft =
        TenantCsv.draftOf(parse("Fabrikam;fabrikam.com;EMEA|AMER;Marco;marco@fabrikam.com").get(0));
    assertEquals("fabrikam.com", draft.getDirectoryId());
    assertEquals(List.of("EMEA", "AMER"), draft.getScopeTagList());
  }

  @Test
  void aRowWithTooFewColumnsSaysWhichColumnsAreExpected() {
    String problem = TenantCsv.shapeProblem(parse("Only a name,contoso.com").get(0));
    assertTrue(problem.contains("Expected 5 columns"), problem);
    assertTrue(problem.contains("found 2"), problem);
  }

  @Test
  void emptyBinaryOrHeaderOnlyFilesAreRefusedInPlainWords() {
    assertTrue(
        assertThrows(CsvNotReadable.class, () -> TenantCsv.parse(new byte[0]))
            .getMessage()
            .contains("empty"));
    assertTrue(
        assertThrows(CsvNotReadable.class, () -> TenantCsv.parse(new byte[] {(byte) 0xff, 0x00}))
            .getMessage()
            .contains("not a CSV text file"));
    assertTrue(
        assertThrows(CsvNotReadable.class, () -> parse("display name,domain\n"))
            .getMessage()
            .contains("no tenant row"));
    assertTrue(
        assertThrows(CsvNotReadable.class, () -> TenantCsv.parse(new byte[TenantCsv.MAX_BYTES + 1]))
            .getMessage()
            .contains("larger than"));
  }

  @Test
  void moreRowsThanOneImportTakesAreRefused() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i <= TenantCsv.MAX_ROWS; i++) {
      csv.append("T").append(i).append(",t").append(i).append(".com,EMEA,A,a@b.org\n");
    }
    assertTrue(
        assertThrows(CsvNotReadable.class, () -> parse(csv.toString()))
            .getMessage()
            .contains("at most " + TenantCsv.MAX_ROWS));
  }
}
