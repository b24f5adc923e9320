package com.mtdconnect.policies.boundary;

import com.mtdconnect.platform.entity.ProblemForUser;
import com.mtdconnect.policies.entity.PublishRunView;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * The publish panel of a template's page: pick tenants with this template and plan (a publish run
 * plans each tenant in the background), approve the plan, follow each tenant's state while the page
 * polls, retry the failed ones. The panel shows the template's latest run, so leaving the page and
 * coming back finds it where it stands.
 */
@Named
@ViewScoped
public class PolicyPublisher implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PolicyPublishRuns runs;
  @Inject PolicyTemplateEditor editor;

  private List<Long> picked = new ArrayList<>();
  private PublishRunView run;
  private boolean runRead;
  private boolean wasActive;

  /** Starts a run that plans every picked tenant; nothing changes in Intune. */
  public void plan() {
    try {
      long id = runs.start(editor.getTemplateId(), picked);
      picked = new ArrayList<>();
      run = runs.find(id).orElse(null);
      runRead = true;
      Messages.addGlobalInfo(
          "Planning {0} tenant(s) in the background; follow them below.", total());
    } catch (ProblemForUser e) {
      Messages.addGlobalError(e.getMessage());
    }
  }

  /** Publishes the planned tenants (each planned again at that moment). */
  public void approve() {
    act(
        () ->
            "Publishing to " + runs.approve(getRun().getRunId()) + " tenant(s) in the background.");
  }

  /** "Retry the N failed" / "Resume". */
  public void retry() {
    act(() -> runs.retry(getRun().getRunId()) + " tenant(s) run again.");
  }

  private void act(java.util.function.Supplier<String> action) {
    try {
      String done = action.get();
      refresh();
      Messages.addGlobalInfo(done);
    } catch (ProblemForUser e) {
      refresh();
      Messages.addGlobalError(e.getMessage());
    }
  }

  /** Reads the run again (the poll while it works); the template's table once it stops. */
  public void refresh() {
    run =
        Optional.ofNullable(run)
            .flatMap(r -> runs.find(r.getRunId()))
            .or(() -> runs.latest(editor.getTemplateId()))
            .orElse(null);
    runRead = true;
    boolean active = run != null && run.isActive();
    if (wasActive && !active) {
      // the run just stopped: the tenants' table says what Intune now holds
      editor.refresh();
      PrimeFaces.current().ajax().update("inheritors");
    }
    wasActive = active;
  }

  /** The run shown: the one started here, else the template's latest, read once per view. */
  public PublishRunView getRun() {
    if (!runRead) {
      refresh();
    }
    return run;
  }

  public boolean isPolling() {
    return getRun() != null && getRun().isActive();
  }

  private int total() {
    return run == null ? 0 : run.getRows().size() + run.getHidden();
  }

  public List<Long> getPicked() {
    return picked;
  }

  public void setPicked(List<Long> picked) {
    this.picked = picked == null ? new ArrayList<>() : new ArrayList<>(picked);
  }
}
