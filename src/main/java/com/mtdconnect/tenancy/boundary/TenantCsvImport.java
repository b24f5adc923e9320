package com.mtdconnect.tenancy.boundary;

import com.mtdconnect.tenancy.control.TenantCsv;
import com.mtdconnect.tenancy.entity.CsvNotReadable;
import com.mtdconnect.tenancy.entity.ImportOutcome;
import com.mtdconnect.tenancy.entity.ImportedRow;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The page that registers many tenants from a CSV file and shows each row's result. */
@Named
@ViewScoped
public class TenantCsvImport implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FILE_FIELD = "import:file";

  @Inject TenantRegistry registry;
  @Inject TenantBulkRegistration bulk;

  private transient Part file;
  private List<ImportedRow> results;

  /** Staff who may register no tenant get the 403 page, not a form they cannot use. */
  @PostConstruct
  void init() {
    registry.requireMayRegister();
  }

  public void upload() {
    results = null;
    if (file == null || file.getSize() == 0) {
      Messages.addError(FILE_FIELD, "Choose a CSV file first.");
      return;
    }
    if (file.getSize() > TenantCsv.MAX_BYTES) {
      Messages.addError(
          FILE_FIELD,
          "The file is larger than {0} KB. Split it into several files of at most {1} tenants.",
          TenantCsv.MAX_BYTES / 1024,
          TenantCsv.MAX_ROWS);
      return;
    }
    try (InputStream in = file.getInputStream()) {
      results = bulk.importCsv(in.readNBytes(TenantCsv.MAX_BYTES + 1));
      Messages.addGlobalInfo(
          "{0} of {1} rows registered.", count(ImportOutcome.REGISTERED), results.size());
    } catch (CsvNotReadable e) {
      Messages.addError(FILE_FIELD, e.getMessage());
    } catch (IOException e) {
      Messages.addError(FILE_FIELD, "The file could not be read. Upload it again.");
    }
  }

  /** How many rows had this outcome. */
  public long count(ImportOutcome outcome) {
    return results == null ? 0 : results.stream().filter(r -> r.getOutcome() == outcome).count();
  }

  /** The columns a row needs, in order. */
  public String getColumnNames() {
    return String.join(", ", TenantCsv.COLUMNS);
  }

  public int getMaxRows() {
    return TenantCsv.MAX_ROWS;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<ImportedRow> getResults() {
    return results;
  }
}
