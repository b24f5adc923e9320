package com.mtdconnect.testsupport;

import com.mtdconnect.auditlog.boundary.AuditLog;
import com.mtdconnect.auditlog.entity.AuditQuery;
import com.mtdconnect.connection.boundary.TenantConnection;
import com.mtdconnect.consent.boundary.ConsentLinks;
import com.mtdconnect.consent.boundary.ConsentVerification;
import com.mtdconnect.health.boundary.TenantHealthBoard;
import com.mtdconnect.onboarding.boundary.ProfileRuns;
import com.mtdconnect.policies.boundary.PolicyTemplates;
import com.mtdconnect.policies.boundary.TenantPolicies;
import com.mtdconnect.policies.entity.PolicyTemplate;
import com.mtdconnect.provisioning.boundary.AppCatalogueAdministration;
import com.mtdconnect.provisioning.boundary.TenantProvisioning;
import com.mtdconnect.provisioning.entity.AppCatalogue;
import com.mtdconnect.provisioning.entity.CatalogueDraft;
import com.mtdconnect.rbac.boundary.RoleAdministration;
import com.mtdconnect.rbac.entity.AccessDenied;
import com.mtdconnect.rbac.entity.AssignmentDraft;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.RoleDraft;
import com.mtdconnect.rbac.entity.RoleNotFound;
import com.mtdconnect.tenancy.boundary.TenantRegistry;
import com.mtdconnect.tenancy.entity.TenantDraft;
import com.mtdconnect.tenancy.entity.TenantNotFound;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Test-only (deployed by {@link Deployments#portalWithBoundaryProbe()}, never part of the WAR):
 * calls one use-case facade method as the signed-in caller of the request, straight, without the
 * page in front of it. It proves that the boundary refuses an action whose button a page does not
 * render for the caller (Faces drops a postback for a button that is not rendered, so the button
 * never reaches the server's check over HTTP), or behind a page that refuses to open (no form, so
 * no postback to send). {@code ?call=NAME&id=N&version=V&link=L}; the answer is {@code refused
 * 403}, {@code refused 404}, {@code done} or {@code failed <exception>}.
 */
@WebServlet(urlPatterns = BoundaryProbeServlet.PATH)
public class BoundaryProbeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/it/boundary-probe";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String call = request.getParameter("call");
    long id = number(request, "id");
    long version = number(request, "version");
    String answer;
    try {
      switch (call) {
        case "registerTenant" -> bean(TenantRegistry.class).register(tenantDraft(request));
        case "updateTenant" -> bean(TenantRegistry.class).update(id, version, tenantDraft(request));
        case "checkConnection" -> bean(TenantConnection.class).check(id);
        case "recomputeHealth" -> bean(TenantHealthBoard.class).recompute(id);
        case "exportAudit" -> bean(AuditLog.class).exportCsv(new AuditQuery());
        case "createRole" -> bean(RoleAdministration.class).createRole(roleDraft(request));
        case "assign" -> bean(RoleAdministration.class).assign(assignmentDraft(request));
        case "changeAssignment" ->
            bean(RoleAdministration.class).changeAssignment(id, version, assignmentDraft(request));
        case "archiveTenant" -> bean(TenantRegistry.class).archive(id, version);
        case "restoreTenant" -> bean(TenantRegistry.class).restore(id, version);
        case "createConsentLink" -> bean(ConsentLinks.class).createLink(id);
        case "sendConsentLink" -> bean(ConsentLinks.class).sendLink(id, number(request, "link"));
        case "sendReconsentLink" -> bean(ConsentLinks.class).sendReconsentLink(id);
        case "verifyConsent" -> bean(ConsentVerification.class).verifyNow(id);
        case "syncNow" -> bean(com.mtdconnect.polling.boundary.JobHistory.class).syncNow(id);
        case "changeRole" ->
            bean(RoleAdministration.class).changeRole(id, version, roleDraft(request));
        case "deleteRole" -> bean(RoleAdministration.class).deleteRole(id);
        case "removeAssignment" -> bean(RoleAdministration.class).removeAssignment(id);
        case "applyProvisioning" -> bean(TenantProvisioning.class).apply(id);
        case "offboardProvisioning" -> bean(TenantProvisioning.class).offboard(id);
        case "saveCatalogue" -> {
          AppCatalogueAdministration catalogue = bean(AppCatalogueAdministration.class);
          AppCatalogue current = catalogue.current().orElseThrow();
          catalogue.save(current.getVersion(), CatalogueDraft.of(current));
        }
        case "startProfileRun" ->
            bean(ProfileRuns.class).start(number(request, "profile"), List.of(id));
        case "retryProfileRun" -> bean(ProfileRuns.class).retry(id);
        case "savePolicyTemplate" -> {
          PolicyTemplate template = bean(PolicyTemplates.class).find(id);
          bean(PolicyTemplates.class)
              .save(
                  id,
                  template.getVersion(),
                  template.getName(),
                  template.values().asMap(),
                  "through the boundary probe");
        }
        case "saveTenantPolicy" ->
            bean(TenantPolicies.class)
                .save(
                    id,
                    number(request, "link"),
                    version,
                    java.util.Map.of(),
                    "through the boundary probe");
        case "planPublish" ->
            bean(com.mtdconnect.policies.boundary.PolicyPublishRuns.class)
                .start(number(request, "link"), List.of(id));
        case "acceptDrift" ->
            bean(com.mtdconnect.policies.boundary.PolicyDrifts.class)
                .accept(id, number(request, "link"), "through the boundary probe");
        case "revertDrift" ->
            bean(com.mtdconnect.policies.boundary.PolicyDrifts.class)
                .revert(id, number(request, "link"));
        case "assignPolicyTemplate" ->
            bean(PolicyTemplates.class).assign(number(request, "link"), List.of(id));
        default -> throw new IllegalArgumentException("no such call: " + call);
      }
      answer = "done";
    } catch (RuntimeException e) {
      answer = refusal(e);
    }
    response.setContentType("text/plain");
    response.getWriter().write(answer);
  }

  private static TenantDraft tenantDraft(HttpServletRequest request) {
    TenantDraft draft = new TenantDraft();
    draft.setDisplayName(request.getParameter("name"));
    draft.setDirectoryId(request.getParameter("domain"));
    draft.setContactName("Max Matrix");
    draft.setContactEmail("max@example.org");
    draft.setScopeTags(request.getParameter("tags"));
    draft.setNotes("through the boundary probe");
    return draft;
  }

  private static RoleDraft roleDraft(HttpServletRequest request) {
    RoleDraft draft = new RoleDraft();
    draft.setName(request.getParameter("name"));
    draft.setDescription("through the boundary probe");
    draft.setScopeTags(Objects.requireNonNullElse(request.getParameter("tags"), ""));
    draft.setPermissions(List.of(Permission.TENANTS_READ));
    return draft;
  }

  private static AssignmentDraft assignmentDraft(HttpServletRequest request) {
    AssignmentDraft draft = new AssignmentDraft();
    draft.setName(request.getParameter("name"));
    draft.setDescription("through the boundary probe");
    draft.setRoleId(number(request, "role"));
    draft.setStaffMembers(request.getParameter("member"));
    draft.setGroupMembers("");
    draft.setScopeTags(request.getParameter("tags"));
    return draft;
  }

  private static String refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AccessDenied) {
        return "refused 403";
      }
      if (t instanceof TenantNotFound || t instanceof RoleNotFound) {
        return "refused 404";
      }
    }
    return "failed " + e;
  }

  private static long number(HttpServletRequest request, String name) {
    String value = request.getParameter(name);
    return value == null || value.isEmpty() ? 0 : Long.parseLong(value);
  }

  private static <T> T bean(Class<T> type) {
    return CDI.current().select(type).get();
  }
}
