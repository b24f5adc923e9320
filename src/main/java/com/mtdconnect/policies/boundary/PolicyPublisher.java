package com.mtdconnect.policies.boundary;

import com.mtdconnect.policies.entity.PublishRow;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The publish panel of a template's page: pick tenants with this template, see the plan per tenant,
 * approve it, read each tenant's outcome, retry the failed ones.
 */
@Named
@ViewScoped
public class PolicyPublisher implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyPublishing publishing;
  @Inject PolicyTemplateEditor editor;

  private List<Long> picked = new ArrayList<>();
  private List<PublishRow> rows = List.of();
  private boolean planned;
  private long lastMillis;

  /** The plan per picked tenant; nothing changes in Intune. */
  public void plan() {
    rows = publishing.plan(editor.getTemplateId(), picked);
    planned = true;
  }

  /** Publishes the planned tenants (planned again at this moment). */
  public void approve() {
    publish(rows.stream().map(PublishRow::tenantId).toList());
  }

  public void retryFailed() {
    publish(
        rows.stream()
            .filter(r -> r.outcome() == PublishRow.Outcome.FAILED)
            .map(PublishRow::tenantId)
            .toList());
  }

  private void publish(List<Long> tenantIds) {
    long started = System.nanoTime();
    List<PublishRow> results = publishing.publish(editor.getTemplateId(), tenantIds);
    lastMillis = (System.nanoTime() - started) / 1_000_000;
    List<PublishRow> merged = new ArrayList<>();
    for (PublishRow row : rows) {
      merged.add(
          results.stream().filter(r -> r.tenantId() == row.tenantId()).findFirst().orElse(row));
    }
    rows = merged;
    planned = false;
    editor.refresh();
    Messages.addGlobalInfo(
        "Published to {0} of {1} tenant(s) in {2} ms{3}.",
        results.stream().filter(r -> r.outcome() == PublishRow.Outcome.PUBLISHED).count(),
        results.size(),
        lastMillis,
        getFailed() > 0 ? "; the failed ones can be retried once the cause is fixed" : "");
  }

  public long getFailed() {
    return rows.stream().filter(r -> r.outcome() == PublishRow.Outcome.FAILED).count();
  }

  public List<Long> getPicked() {
    return picked;
  }

  public void setPicked(List<Long> picked) {
    this.picked = picked;
  }

  public List<PublishRow> getRows() {
    return rows;
  }

  /** True while a plan waits for approval. */
  public boolean isPlanned() {
    return planned;
  }
}
