package com.mtdconnect.tenancy.control;

import com.mtdconnect.tenancy.entity.CsvNotReadable;
import com.mtdconnect.tenancy.entity.TenantDraft;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the tenant CSV an operator uploads: UTF-8 (a BOM is allowed), comma or semicolon separated,
 * quotes as in RFC 4180, an optional header row, one tenant per row in the columns {@link
 * #COLUMNS}. Several scope tags share their cell, separated by {@code |} or {@code ;} or, inside
 * quotes, commas. Pure: no database, no Microsoft.
 */
public final class TenantCsv {
  /** The columns, in order. */
  public static final List<String> COLUMNS =
      List.of("display name", "domain or tenant id", "scope tags", "contact name", "contact email");

  /** The largest file accepted (bytes). */
  public static final int MAX_BYTES = 512 * 1024;

  /** The most tenant rows one import registers. */
  public static final int MAX_ROWS = 500;

  /** One row of the file. */
  public record Row(int line, List<String> cells) {}

  private TenantCsv() {}

  /**
   * The tenant rows of the file (header and blank lines left out).
   *
   * @throws CsvNotReadable when the file is empty, too big, no text, or has no tenant row
   */
  public static List<Row> parse(byte[] content) {
    if (content == null || content.length == 0) {
      throw new CsvNotReadable("The file is empty. Choose a CSV file with one tenant per row.");
    }
    if (content.length > MAX_BYTES) {
      throw new CsvNotReadable(
          "The file is larger than "
              + MAX_BYTES / 1024
              + " KB. Split it into several files of at most "
              + MAX_ROWS
              + " tenants.");
    }
    String text = decode(content);
    if (text.indexOf('\0') >= 0) {
      throw notCsv();
    }
    char separator = separatorOf(text);
    List<Row> rows = new ArrayList<>();
    List<List<String>> records = records(text, separator);
    for (int i = 0; i < records.size(); i++) {
      List<String> cells = records.get(i);
      boolean blank = cells.stream().allMatch(String::isBlank);
      if (blank || (rows.isEmpty() && isHeader(cells))) {
        continue;
      }
      rows.add(new Row(i + 1, cells));
    }
    if (rows.isEmpty()) {
      throw new CsvNotReadable(
          "The file holds no tenant row. Each row needs: " + String.join(", ", COLUMNS) + ".");
    }
    if (rows.size() > MAX_ROWS) {
      throw new CsvNotReadable(
          "The file holds "
              + rows.size()
              + " tenants; one import takes at most "
              + MAX_ROWS
              + ". Split the file.");
    }
    return rows;
  }

  /** Why the row cannot become a draft, or null when it has the columns it needs. */
  public static String shapeProblem(Row row) {
    if (row.cells().size() != COLUMNS.size()) {
      return "Expected "
          + COLUMNS.size()
          + " columns ("
          + String.join(", ", COLUMNS)
          + "), found "
          + row.cells().size()
          + ".";
    }
    return null;
  }

  /** The draft a well-shaped row describes. */
  public static TenantDraft draftOf(Row row) {
    List<String> c = row.cells();
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(c.get(0).trim());
    draft.setDirectoryId(c.get(1).trim());
    draft.setScopeTags(c.get(2).replace('|', ',').replace(';', ',').trim());
    draft.setContactName(c.get(3).trim());
    draft.setContactEmail(c.get(4).trim());
    return draft;
  }

  private static String decode(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw notCsv();
    }
  }

  private static CsvNotReadable notCsv() {
    return new CsvNotReadable(
        "This is not a CSV text file (UTF-8). Save the spreadsheet as \"CSV UTF-8\" and upload"
            + " that file.");
  }

  /** A semicolon when the first line has more semicolons than commas (some spreadsheets). */
  private static char separatorOf(String text) {
    String first = text.lines().findFirst().orElse("");
    long commas = first.chars().filter(ch -> ch == ',').count();
    long semicolons = first.chars().filter(ch -> ch == ';').count();
    return semicolons > commas ? ';' : ',';
  }

  /** A first row naming the first column ("display name", "name", "customer name"). */
  private static boolean isHeader(List<String> cells) {
    String first = cells.get(0).trim().toLowerCase(Locale.ROOT);
    return List.of("display name", "displayname", "name", "customer name", "customer")
        .contains(first);
  }

  /** RFC 4180 records: quoted cells may hold separators, quotes ("") and line breaks. */
  private static List<List<String>> records(String text, char separator) {
    List<List<String>> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (ch == separator) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        cells.add(cell.toString());
        cell.setLength(0);
        records.add(cells);
        cells = new ArrayList<>();
      } else {
        cell.append(ch);
      }
    }
    if (cell.length() > 0 || !cells.isEmpty()) {
      cells.add(cell.toString());
      records.add(cells);
    }
    return records;
  }
}
