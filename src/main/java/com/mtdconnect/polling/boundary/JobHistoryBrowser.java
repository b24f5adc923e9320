package com.mtdconnect.polling.boundary;

import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.polling.entity.RoundOutcome;
import com.mtdconnect.polling.entity.RoundQuery;
import com.mtdconnect.polling.entity.RoundRow;
import com.mtdconnect.polling.entity.TenantOption;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The job history page: filters, the rounds paged in the database, "retry now". */
@Named
@ViewScoped
public class JobHistoryBrowser implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject JobHistory history;

  private final RoundQuery query = new RoundQuery();
  private List<TenantOption> tenants;
  private final LazyDataModel<RoundRow> rounds = new Rounds();

  @PostConstruct
  void load() {
    tenants = history.tenants();
  }

  /** "Retry now" on a failed, parked or throttled round. */
  public void retry(RoundRow row) {
    try {
      if (history.syncNow(row.tenantId())) {
        Messages.addGlobalInfo(
            "A round of {0} was requested; it starts within a few seconds.", row.tenantName());
      } else {
        Messages.addGlobalWarn(
            "A round of {0} is running right now; its result appears here when it ends.",
            row.tenantName());
      }
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  public RoundQuery getQuery() {
    return query;
  }

  public List<TenantOption> getTenants() {
    return tenants;
  }

  public RoundOutcome[] getOutcomes() {
    return RoundOutcome.values();
  }

  public RoundQuery.Period[] getPeriods() {
    return RoundQuery.Period.values();
  }

  public LazyDataModel<RoundRow> getRounds() {
    return rounds;
  }

  /** One page at a time from the database, with the page's filters. */
  private class Rounds extends LazyDataModel<RoundRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(history.count(query));
    }

    @Override
    public List<RoundRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return history.rounds(query, first, pageSize);
    }

    @Override
    public String getRowKey(RoundRow row) {
      return String.valueOf(row.id());
    }
  }
}
