package com.mtdconnect.graph.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

/**
 * Downloads a finished Intune export (a short-lived blob URL that carries its own signature, so no
 * bearer token is sent) and reads the zipped CSV into rows.
 */
public final class ReportDownloads {

  private final HttpClient http;
  private final Duration readTimeout;

  public ReportDownloads(Duration connectTimeout, Duration readTimeout) {
    this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
    this.readTimeout = readTimeout;
  }

  /** The CSV rows (header first) of the single file in the zip at {@code url}. */
  public List<List<String>> csvRows(String url) throws IOException, InterruptedException {
    URI uri = URI.create(url);
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new IOException("unexpected report URL scheme " + uri.getScheme());
    }
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("report download answered HTTP " + response.statusCode());
    }
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
      if (zip.getNextEntry() == null) {
        return List.of();
      }
      return parse(zip);
    }
  }

  static List<List<String>> parse(InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
