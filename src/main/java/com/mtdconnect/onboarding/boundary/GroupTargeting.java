package com.mtdconnect.onboarding.boundary;

import com.mtdconnect.onboarding.entity.GroupFound;
import com.mtdconnect.onboarding.entity.GroupRole;
import com.mtdconnect.onboarding.entity.GroupSearch;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.omnifaces.cdi.ViewScoped;

/**
 * The group targeting step of the wizard: live search of the tenant's Entra groups (the page
 * debounces typing by 300 ms), "more" for the next page, include / exclude / remove, and counting
 * the users and devices in scope. The link to Graph's next page stays here, on the server.
 */
@Named
@ViewScoped
public class GroupTargeting implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantOnboardings onboardings;
  @Inject GroupDirectory groups;
  @Inject OnboardingWizard wizard;

  private String text = "";
  private final List<GroupFound> found = new ArrayList<>();
  private GroupSearch lastPage;

  public void search() {
    found.clear();
    lastPage = null;
    if (text == null || text.isBlank()) {
      return;
    }
    page(Optional.empty());
  }

  public void more() {
    if (lastPage != null && lastPage.isMore()) {
      page(lastPage.nextLink());
    }
  }

  private void page(Optional<String> nextLink) {
    lastPage = groups.searchGroups(wizard.getTenantId(), text, nextLink);
    found.addAll(lastPage.getGroups());
  }

  public void include(GroupFound group) {
    wizard.show(onboardings.targetGroup(wizard.getTenantId(), group, GroupRole.INCLUDED));
  }

  public void exclude(GroupFound group) {
    wizard.show(onboardings.targetGroup(wizard.getTenantId(), group, GroupRole.EXCLUDED));
  }

  public void remove(String groupId) {
    wizard.show(onboardings.untargetGroup(wizard.getTenantId(), groupId));
  }

  public void countScope() {
    wizard.show(onboardings.countScope(wizard.getTenantId()));
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<GroupFound> getFound() {
    return found;
  }

  public boolean isMore() {
    return lastPage != null && lastPage.isMore();
  }

  public String getProblem() {
    return lastPage == null ? null : lastPage.getProblem();
  }

  public boolean isSearched() {
    return lastPage != null;
  }

  /** Whether the group is on one of the tenant's lists already, and which. */
  public String roleOf(String groupId) {
    var o = wizard.getOverview().getOnboarding();
    if (o == null) {
      return "";
    }
    if (o.getIncluded().stream().anyMatch(g -> g.getGroupId().equals(groupId))) {
      return "Included";
    }
    return o.getExcluded().stream().anyMatch(g -> g.getGroupId().equals(groupId)) ? "Excluded" : "";
  }
}
