package com.mtdconnect.rbac;

import static com.mtdconnect.rbac.entity.Permission.ALERT_RULES_UPDATE;
import static com.mtdconnect.rbac.entity.Permission.AUDIT_READ;
import static com.mtdconnect.rbac.entity.Permission.CATALOGUE_UPDATE;
import static com.mtdconnect.rbac.entity.Permission.CONSENT_CREATE;
import static com.mtdconnect.rbac.entity.Permission.CONSENT_READ;
import static com.mtdconnect.rbac.entity.Permission.CONSENT_RUN;
import static com.mtdconnect.rbac.entity.Permission.DASHBOARDS_READ;
import static com.mtdconnect.rbac.entity.Permission.JOBS_READ;
import static com.mtdconnect.rbac.entity.Permission.JOBS_RUN;
import static com.mtdconnect.rbac.entity.Permission.ONBOARDING_READ;
import static com.mtdconnect.rbac.entity.Permission.ONBOARDING_RUN;
import static com.mtdconnect.rbac.entity.Permission.POLICIES_ASSIGN;
import static com.mtdconnect.rbac.entity.Permission.POLICIES_READ;
import static com.mtdconnect.rbac.entity.Permission.POLICIES_UPDATE;
import static com.mtdconnect.rbac.entity.Permission.ROLES_ASSIGN;
import static com.mtdconnect.rbac.entity.Permission.ROLES_CREATE;
import static com.mtdconnect.rbac.entity.Permission.ROLES_DELETE;
import static com.mtdconnect.rbac.entity.Permission.ROLES_READ;
import static com.mtdconnect.rbac.entity.Permission.ROLES_UPDATE;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_CREATE;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_DELETE;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_READ;
import static com.mtdconnect.rbac.entity.Permission.TENANTS_UPDATE;
import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mtdconnect.demo.control.DemoStaffAccounts;
import com.mtdconnect.demo.control.DemoStaffAccounts.DemoStaffAccount;
import com.mtdconnect.policies.entity.PolicyPreset;
import com.mtdconnect.policies.entity.PolicyValues;
import com.mtdconnect.policies.entity.SettingRow;
import com.mtdconnect.policies.entity.SettingsCodec;
import com.mtdconnect.provisioning.entity.Platform;
import com.mtdconnect.rbac.entity.BuiltInRole;
import com.mtdconnect.rbac.entity.Permission;
import com.mtdconnect.rbac.entity.TenantScope;
import com.mtdconnect.testsupport.BoundaryProbeServlet;
import com.mtdconnect.testsupport.Browser;
import com.mtdconnect.testsupport.Deployments;
import com.mtdconnect.testsupport.PortalIT;
import com.mtdconnect.testsupport.SimulatorStaffServlet;
import com.mtdconnect.testsupport.StaffClient;
import com.mtdconnect.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The RBAC matrix over HTTP, as a browser reaches the portal: every demo staff member (one per
 * built-in role, see {@link DemoStaffAccounts}) opens every page and posts every state-changing
 * action, as a full postback and as a PrimeFaces ajax request, on a tenant inside their scope and
 * one outside it. What each may do is worked out from the role table ({@link BuiltInRole}) and the
 * staff member's scope, never copied from the results.
 *
 * <p>Every page file under {@code webapp/} needs a row in {@link #PAGES}: a page without one fails
 * the test, so a new page cannot slip in unguarded.
 */
@PortalIT
@RunAsClient
class PageAccessMatrixIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portalWithBoundaryProbe();
  }

  /** What a page request came to. */
  enum Outcome {
    PAGE,
    FORBIDDEN,
    NOT_FOUND,
    REDIRECT,
    OTHER
  }

  /** A staff member under test: who, their built-in role and the scope of its assignment. */
  record Subject(String username, BuiltInRole role, TenantScope scope) {
    boolean grants(Permission permission) {
      return role.grants(permission);
    }

    boolean reaches(Fixture tenant) {
      return scope.covers(tenant.tags());
    }
  }

  /** A tenant (with its domain), role or assignment a cell works on. */
  record Fixture(long id, String name, List<String> tags, String domain, long link) {
    Fixture(long id, String name, List<String> tags, String domain) {
      this(id, name, tags, domain, 0);
    }

    Fixture(long id, String name, List<String> tags) {
      this(id, name, tags, "");
    }
  }

  /** Which tenant a cell uses: the one inside the subject's scope, or the one outside. */
  enum Where {
    IN_SCOPE,
    OUT_OF_SCOPE
  }

  /** How the guard of one URL of a page is worked out from the role table. */
  interface Rule {
    Outcome expected(Subject subject, Fixture tenant);
  }

  /**
   * One URL of a page; {@code {tenant}}, {@code {builtInRole}} and {@code {assignment}} are filled
   * in.
   */
  record Visit(String query, Rule rule) {
    boolean perTenant() {
      return query.contains("{tenant}");
    }
  }

  static Rule anyStaff() {
    return (s, t) -> Outcome.PAGE;
  }

  static Rule needs(Permission permission) {
    return (s, t) -> s.grants(permission) ? Outcome.PAGE : Outcome.FORBIDDEN;
  }

  static Rule needsAny(Permission one, Permission other) {
    return (s, t) -> s.grants(one) || s.grants(other) ? Outcome.PAGE : Outcome.FORBIDDEN;
  }

  /** A page about one tenant: 403 without the permission, 404 for a tenant they cannot read. */
  static Rule onTenant(Permission permission) {
    return (s, t) -> {
      if (!s.grants(permission)) {
        return Outcome.FORBIDDEN;
      }
      return s.grants(TENANTS_READ) && s.reaches(t) ? Outcome.PAGE : Outcome.NOT_FOUND;
    };
  }

  /** A page about one tenant readable with either permission: 403 without both, 404 outside. */
  static Rule onTenantAny(Permission one, Permission other) {
    return (s, t) -> {
      if (!s.grants(one) && !s.grants(other)) {
        return Outcome.FORBIDDEN;
      }
      return s.grants(TENANTS_READ) && s.reaches(t) ? Outcome.PAGE : Outcome.NOT_FOUND;
    };
  }

  /** An id that cannot be parsed names nothing: 404 for everyone, never the page without the id. */
  static Rule unparseableId() {
    return (s, t) -> Outcome.NOT_FOUND;
  }

  /**
   * The expectation table: one row per page file (path under {@code webapp/}), each with the URLs
   * to try and their rule. Add a row here for every new page (see README, "Developing").
   */
  static final Map<String, List<Visit>> PAGES =
      Map.ofEntries(
          entry("index.xhtml", List.of(new Visit("", (s, t) -> Outcome.REDIRECT))),
          entry("signin.xhtml", List.of(new Visit("", anyStaff()))),
          entry("tenancy/list.xhtml", List.of(new Visit("", needs(TENANTS_READ)))),
          entry("tenancy/import.xhtml", List.of(new Visit("", needs(TENANTS_CREATE)))),
          entry(
              "tenancy/view.xhtml",
              List.of(
                  new Visit("?tenant={tenant}", onTenant(TENANTS_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry(
              "tenancy/edit.xhtml",
              List.of(
                  new Visit("", needs(TENANTS_CREATE)),
                  new Visit("?tenant={tenant}", onTenant(TENANTS_UPDATE)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry("rbac/roles.xhtml", List.of(new Visit("", needs(ROLES_READ)))),
          entry(
              "rbac/role.xhtml",
              List.of(
                  new Visit("", needs(ROLES_CREATE)),
                  new Visit("?role={builtInRole}", needs(ROLES_READ)),
                  new Visit("?role=abc", unparseableId()))),
          entry(
              "rbac/assignment.xhtml",
              List.of(
                  new Visit("", needs(ROLES_ASSIGN)),
                  new Visit("?assignment={assignment}", needs(ROLES_ASSIGN)),
                  new Visit("?assignment=abc", unparseableId()))),
          entry("rbac/my-permissions.xhtml", List.of(new Visit("", anyStaff()))),
          entry("rbac/roles-by-permission.xhtml", List.of(new Visit("", needs(ROLES_READ)))),
          entry("rbac/admin-permissions.xhtml", List.of(new Visit("", needs(ROLES_READ)))),
          entry(
              "auditlog/events.xhtml", List.of(new Visit("", needsAny(AUDIT_READ, TENANTS_READ)))),
          entry("signed-out.xhtml", List.of(new Visit("", anyStaff()))),
          entry(
              "consent/permissions.xhtml",
              List.of(
                  new Visit("", needs(CONSENT_READ)),
                  new Visit("?tenant={tenant}", onTenant(CONSENT_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry("outbox/mails.xhtml", List.of(new Visit("", needs(CONSENT_READ)))),
          entry(
              "tenant-health/alert-rules.xhtml", List.of(new Visit("", needs(ALERT_RULES_UPDATE)))),
          entry("polling/history.xhtml", List.of(new Visit("", needs(JOBS_READ)))),
          entry("provisioning/catalogue.xhtml", List.of(new Visit("", needs(ONBOARDING_READ)))),
          entry(
              "provisioning/tenant.xhtml",
              List.of(
                  new Visit("?tenant={tenant}", onTenant(ONBOARDING_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry(
              "onboarding/wizard.xhtml",
              List.of(
                  new Visit("?tenant={tenant}", onTenant(ONBOARDING_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry(
              "polling/app-status.xhtml",
              List.of(
                  new Visit("?tenant={tenant}", onTenantAny(ONBOARDING_READ, DASHBOARDS_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry("dashboard/fleet.xhtml", List.of(new Visit("", needs(DASHBOARDS_READ)))),
          entry(
              "dashboard/tenant.xhtml",
              List.of(
                  new Visit("?tenant={tenant}", onTenant(DASHBOARDS_READ)),
                  new Visit("?tenant=abc", unparseableId()))),
          entry(
              "onboarding/profiles.xhtml",
              List.of(new Visit("", needsAny(ONBOARDING_READ, POLICIES_READ)))),
          // the customer's public pages: no staff permission involved, a bad link explains itself
          entry("policies/templates.xhtml", List.of(new Visit("", needs(POLICIES_READ)))),
          entry(
              "policies/template.xhtml",
              List.of(
                  new Visit("?template={template}", needs(POLICIES_READ)),
                  new Visit("?template=abc", unparseableId()))),
          entry(
              "policies/tenant.xhtml",
              List.of(
                  new Visit("?tenant={tenant}&policy={tenantPolicy}", onTenant(POLICIES_READ)),
                  new Visit("?tenant=abc&policy=abc", unparseableId()))),
          entry("consent/customer/approve.xhtml", List.of(new Visit("?link=x", anyStaff()))),
          entry("consent/customer/outcome.xhtml", List.of(new Visit("?result=x", anyStaff()))),
          entry(
              "consent/customer/refused.xhtml", List.of(new Visit("?reason=unknown", anyStaff()))));

  @ArquillianResource URL deployment;

  private String base;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int sequence;

  private long readOnlyRole;

  @BeforeEach
  void base() throws SQLException {
    base = Browser.base(deployment);
    readOnlyRole = builtInRoleId(BuiltInRole.READ_ONLY_OPERATOR);
  }

  @Test
  void everyPageFileHasARowInTheExpectationTable() throws IOException {
    assertEquals(new TreeSet<>(PAGES.keySet()), pageFiles());
  }

  @Test
  void everyBuiltInRoleHasADemoStaffMember() {
    assertEquals(
        EnumSet.allOf(BuiltInRole.class),
        subjects().stream()
            .map(Subject::role)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(BuiltInRole.class))));
  }

  /**
   * Every role × every page URL × a tenant in and out of scope, then every action × full and ajax
   * postback × in and out of scope: allowed or refused exactly as the role table says.
   */
  @Test
  void everyRoleOpensAndDoesExactlyWhatItsRoleTableSaysInsideAndOutsideItsScope() throws Exception {
    Fixture emea = tenant(List.of("EMEA"), false);
    Fixture apac = tenant(List.of(outsideTag()), false);
    recordTenantEvent(apac);
    long builtInRole = builtInRoleId(BuiltInRole.READ_ONLY_OPERATOR);
    Fixture someAssignment = assignment();
    long someTemplate = policyTemplate();

    Tally pages = new Tally();
    Tally actions = new Tally();
    Map<Proof, Integer> proofs = new java.util.EnumMap<>(Proof.class);
    List<Subject> subjects = new ArrayList<>(subjects());
    List<Subject> scoped = tagScopedStaff();
    subjects.addAll(scoped);
    for (Subject subject : subjects) {
      StaffClient client = new StaffClient(StaffClient.newHttpClient(), base);
      HttpResponse<String> signedIn =
          scoped.contains(subject)
              ? client.follow(client.pickAtProvider(client.startSignIn(null), subject.username()))
              : client.signInAs(subject.username());
      assertEquals(302, signedIn.statusCode(), subject.username() + " signs in");
      for (Map.Entry<String, List<Visit>> page : new java.util.TreeMap<>(PAGES).entrySet()) {
        for (Visit visit : page.getValue()) {
          for (Fixture tenant : tenantsFor(subject, visit.perTenant(), emea, apac)) {
            String url =
                "/"
                    + page.getKey()
                    + visit
                        .query()
                        .replace("{tenant}", String.valueOf(tenant.id()))
                        .replace("{builtInRole}", String.valueOf(builtInRole))
                        .replace("{assignment}", String.valueOf(someAssignment.id()))
                        .replace("{template}", String.valueOf(someTemplate))
                        .replace("{tenantPolicy}", String.valueOf(tenantPolicyOf(tenant)));
            HttpResponse<String> response = client.get(url);
            Outcome expected = visit.rule().expected(subject, tenant);
            Outcome actual = outcome(response);
            String cell =
                subject.username() + " GET " + url + where(subject, tenant, visit.perTenant());
            pages.count(cell, expected == Outcome.PAGE, expected, actual);
            if (visit.perTenant()
                && actual != Outcome.PAGE
                && response.body().contains(tenant.name())) {
              pages.mismatch(cell + ": the refusal names the tenant");
            }
          }
        }
      }
      for (Action action : actions()) {
        for (Fixture scopeProbe : tenantsFor(subject, action.perTenant(), emea, apac)) {
          for (boolean ajax : action.ajaxOnly() ? List.of(true) : List.of(true, false)) {
            boolean expected = action.allowed(subject, scopeProbe);
            Fixture fixture = action.prepare(scopeProbe.tags());
            String marker = "mx" + run + "-" + (++sequence);
            long auditMark = latestAuditId();
            Attempt attempt = post(client, subject, action, fixture, marker, ajax);
            HttpResponse<String> response = attempt.response();
            boolean tookEffect =
                action.effect().tookEffect(fixture, marker, subject, auditMark, response);
            String cell =
                subject.username()
                    + " "
                    + action.name()
                    + (ajax ? " (ajax)" : " (full postback)")
                    + where(subject, scopeProbe, action.perTenant())
                    + " [HTTP "
                    + response.statusCode()
                    + "]";
            actions.count(cell, expected, expected, tookEffect);
            if (expected) {
              if (!attempt.rendersButton()) {
                actions.mismatch(cell + ": the page does not render " + attempt.button());
              }
            } else {
              Verdict verdict =
                  proveRefusal(client, subject, action, fixture, scopeProbe, attempt, auditMark);
              proofs.merge(verdict.proof(), 1, Integer::sum);
              if (verdict.proof() == Proof.UNPROVED) {
                actions.mismatch(cell + ": " + verdict.problem());
              }
            }
          }
        }
      }
      exportHoldsOnlyTheirTenants(client, subject, apac, actions);
    }
    System.out.printf(
        "[measure] RBAC page matrix: %d staff (%d demo, one per built-in role, + %d tag-scoped"
            + " test staff, so every built-in role on some tags) x %d page files:"
            + " %d cells, %d allowed, %d denied, %d mismatches%n",
        subjects.size(),
        subjects().size(),
        scoped.size(),
        PAGES.size(),
        pages.cells,
        pages.allowed,
        pages.denied,
        pages.mismatches.size());
    System.out.printf(
        "[measure] RBAC action matrix: %d actions x full/ajax x in/out of scope:"
            + " %d cells, %d allowed, %d denied, %d mismatches%n",
        actions().size(),
        actions.cells,
        actions.allowed,
        actions.denied,
        actions.mismatches.size());
    System.out.printf(
        "[measure] RBAC denied actions by proof: %d refused in the postback (403/404 error page,"
            + " full or ajax), %d refused in the form (outside your scope), %d button not"
            + " rendered + boundary refuses, %d page refused + boundary refuses, %d left out of"
            + " a scoped result, %d unproved (all with a new ACCESS_DENIED record except"
            + " left out)%n",
        proofs.getOrDefault(Proof.ERROR_PAGE, 0),
        proofs.getOrDefault(Proof.REFUSED_IN_FORM, 0),
        proofs.getOrDefault(Proof.NOT_RENDERED_BOUNDARY_REFUSES, 0),
        proofs.getOrDefault(Proof.PAGE_REFUSED_BOUNDARY_REFUSES, 0),
        proofs.getOrDefault(Proof.LEFT_OUT, 0),
        proofs.getOrDefault(Proof.UNPROVED, 0));
    List<String> mismatches = new ArrayList<>(pages.mismatches);
    mismatches.addAll(actions.mismatches);
    assertEquals(List.of(), mismatches);
  }

  /**
   * Changes to assignments count at the next request without signing in again: a tenant outside the
   * scope is "not found", becomes readable once an assignment reaches it, and is gone again when
   * that assignment is removed; a postback from the page opened meanwhile changes nothing.
   */
  @Test
  void anAssignmentChangeCountsAtTheNextRequestWithoutSigningInAgain() throws Exception {
    Fixture apac = tenant(List.of(outsideTag()), false);
    StaffClient client = new StaffClient(StaffClient.newHttpClient(), base);
    client.signInAs("helpdesk");
    String url = "/tenancy/view.xhtml?tenant=" + apac.id();
    assertEquals(Outcome.NOT_FOUND, outcome(client.get(url)));

    long granted =
        insertAssignment(BuiltInRole.READ_ONLY_OPERATOR, "helpdesk", List.of(outsideTag()));
    HttpResponse<String> page = client.get(url);
    assertEquals(Outcome.PAGE, outcome(page));

    Map<String, String> check =
        ajaxFields(
            "connection",
            "connection:check",
            nonce(page.body()).map(n -> Map.of(PRIMEFACES_NONCE, n)).orElse(Map.of()),
            StaffClient.viewState(page.body()));
    assertEquals(
        true,
        client
            .post("/tenancy/view.xhtml", check, Optional.of(base))
            .body()
            .contains("connection:failure"),
        "the check runs while the assignment reaches the tenant");

    deleteAssignment(granted);
    HttpResponse<String> refused = client.post("/tenancy/view.xhtml", check, Optional.of(base));
    assertEquals(false, refused.body().contains("connection:failure"), refused.body());
    assertEquals(Outcome.NOT_FOUND, outcome(client.get(url)));
  }

  // --- the actions -----------------------------------------------------------------------------

  /** Whether an action changed what it should have. */
  interface Effect {
    boolean tookEffect(
        Fixture fixture, String marker, Subject subject, long auditMark, HttpResponse<String> r)
        throws Exception;
  }

  /** Builds the fixture an action works on, tagged like the tenant of the cell. */
  interface Preparation {
    Fixture prepare(List<String> tags) throws Exception;
  }

  /** The fields an action's form posts, besides the form id, the button and the ViewState. */
  interface Fields {
    Map<String, String> of(Fixture fixture, String marker) throws Exception;
  }

  /** The client id of the button, which in a table depends on the row of the fixture. */
  interface Button {
    String of(Fixture fixture, String pageHtml);
  }

  /**
   * A state-changing action reachable from a page.
   *
   * @param page the URL of the page holding the button
   * @param form the id of its form
   * @param allowedBy whether the role table allows it to a subject on the cell's tenant
   */
  record Action(
      String name,
      boolean perTenant,
      boolean ajaxOnly,
      Rule allowedBy,
      Preparation preparation,
      java.util.function.Function<Fixture, String> page,
      String form,
      Button button,
      Fields fields,
      Effect effect,
      Refusal refusal) {
    Action(
        String name,
        boolean perTenant,
        boolean ajaxOnly,
        Rule allowedBy,
        Preparation preparation,
        java.util.function.Function<Fixture, String> page,
        String form,
        Button button,
        Fields fields,
        Effect effect) {
      this(
          name,
          perTenant,
          ajaxOnly,
          allowedBy,
          preparation,
          page,
          form,
          button,
          fields,
          effect,
          Refusal.ERROR_PAGE);
    }

    boolean allowed(Subject subject, Fixture tenant) {
      return allowedBy.expected(subject, tenant) == Outcome.PAGE;
    }

    /**
     * Where no postback can reach the server's check, the boundary method behind the button is
     * called straight as the caller instead ({@link BoundaryProbeServlet}, query {@code
     * call=…&id=…}): the page renders the button only to staff who may use it (Faces drops the
     * postback of anyone else before any check), or the page itself is refused (no form to post).
     */
    Action provedAtTheBoundaryBy(java.util.function.Function<Fixture, String> probe) {
      return new Action(
          name,
          perTenant,
          ajaxOnly,
          allowedBy,
          preparation,
          page,
          form,
          button,
          fields,
          effect,
          new Refusal(probe, false));
    }

    /** A search: refused, it leaves out what the caller may not see; no error page is due. */
    Action leavesOutWhatIsRefused() {
      return new Action(
          name,
          perTenant,
          ajaxOnly,
          allowedBy,
          preparation,
          page,
          form,
          button,
          fields,
          effect,
          new Refusal(null, true));
    }

    Fixture prepare(List<String> tags) throws Exception {
      return preparation.prepare(tags);
    }
  }

  /**
   * What proves a denied cell: by default the postback itself must come back as the 403 or 404
   * error page (or the form's "outside your scope" refusal); with a probe, a button the page does
   * not render, or one behind a refused page, is proved by its boundary method; a search proves it
   * by leaving out what the caller may not see.
   */
  record Refusal(java.util.function.Function<Fixture, String> probe, boolean leftOut) {
    static final Refusal ERROR_PAGE = new Refusal(null, false);
  }

  /** How a denied cell was proved, counted in the printed measure. */
  enum Proof {
    ERROR_PAGE,
    REFUSED_IN_FORM,
    NOT_RENDERED_BOUNDARY_REFUSES,
    PAGE_REFUSED_BOUNDARY_REFUSES,
    LEFT_OUT,
    UNPROVED
  }

  /** How a denied cell was proved, or why it was not. */
  record Verdict(Proof proof, String problem) {
    static Verdict proved(Proof proof) {
      return new Verdict(proof, "");
    }

    static Verdict unproved(String problem) {
      return new Verdict(Proof.UNPROVED, problem);
    }
  }

  /**
   * One postback: the page it came from (if it opened), the button, the last audit record before
   * the postback was sent and the answer (the refused page itself if the page did not open).
   */
  record Attempt(
      HttpResponse<String> page,
      boolean opened,
      String button,
      long postMark,
      HttpResponse<String> response) {
    boolean rendersButton() {
      return opened && page.body().contains("id=\"" + button + "\"");
    }
  }

  /** The message of {@code OutsideYourScope}, as the form shows it. */
  private static final Pattern OUTSIDE_YOUR_SCOPE = Pattern.compile("You hold [^<]+ only for ");

  /**
   * Proves that a denied cell was refused by the server's check, not just ignored. The answer to
   * the postback is the 403 or 404 error page (the ajax answer carries it, rendered by OmniFaces'
   * FullAjaxExceptionHandler), and a new ACCESS_DENIED audit record names the caller. Or, for an
   * action marked {@link Action#provedAtTheBoundaryBy}: the page the caller got renders no such
   * button (or does not open at all) and the boundary method behind it, called straight as the
   * caller, refuses with 403 or 404 and records the refusal. A refusal of a tenant the caller would
   * otherwise be allowed to work on must be the 404 (its existence is not revealed).
   */
  private Verdict proveRefusal(
      StaffClient client,
      Subject subject,
      Action action,
      Fixture fixture,
      Fixture scopeProbe,
      Attempt attempt,
      long auditMark)
      throws Exception {
    boolean onlyScope =
        action.perTenant()
            && action.allowed(
                new Subject(subject.username(), subject.role(), TenantScope.ALL), scopeProbe);
    Refusal refusal = action.refusal();
    if (refusal.leftOut()) {
      return Verdict.proved(Proof.LEFT_OUT);
    }
    if (attempt.opened()) {
      Outcome answer = refusalOf(attempt.response());
      if (answer == Outcome.FORBIDDEN || answer == Outcome.NOT_FOUND) {
        return refusalRecorded(subject, onlyScope, answer, attempt.postMark(), "postback")
            .map(Verdict::unproved)
            .orElse(Verdict.proved(Proof.ERROR_PAGE));
      }
      if (OUTSIDE_YOUR_SCOPE.matcher(attempt.response().body()).find()) {
        // a new object with tags outside the scope: nothing exists yet that a 404 would hide
        return refusalRecorded(subject, false, Outcome.FORBIDDEN, attempt.postMark(), "form")
            .map(Verdict::unproved)
            .orElse(Verdict.proved(Proof.REFUSED_IN_FORM));
      }
      if (attempt.rendersButton()) {
        return Verdict.unproved(
            "the page renders "
                + attempt.button()
                + " to a staff member who may not use it, and the postback was not refused"
                + " with the 403/404 error page ("
                + answer
                + ")");
      }
    } else {
      Outcome page = outcome(attempt.page());
      if (page != Outcome.FORBIDDEN && page != Outcome.NOT_FOUND) {
        return Verdict.unproved("the page neither opened nor was refused: " + page);
      }
      Optional<String> unrecorded = refusalRecorded(subject, false, page, auditMark, "page");
      if (unrecorded.isPresent()) {
        return Verdict.unproved(unrecorded.get());
      }
    }
    if (refusal.probe() == null) {
      return Verdict.unproved(
          (attempt.opened()
                  ? "the page does not render " + attempt.button()
                  : "the page is refused, so there is no postback")
              + ", and the action has no boundary probe to prove the refusal");
    }
    long probeMark = latestAuditId();
    String probed =
        client.get(BoundaryProbeServlet.PATH + "?" + refusal.probe().apply(fixture)).body();
    Outcome boundary =
        switch (probed.trim()) {
          case "refused 403" -> Outcome.FORBIDDEN;
          case "refused 404" -> Outcome.NOT_FOUND;
          default -> Outcome.OTHER;
        };
    if (boundary == Outcome.OTHER) {
      return Verdict.unproved("the boundary method did not refuse: " + probed);
    }
    return refusalRecorded(subject, onlyScope, boundary, probeMark, "boundary")
        .map(Verdict::unproved)
        .orElse(
            Verdict.proved(
                attempt.opened()
                    ? Proof.NOT_RENDERED_BOUNDARY_REFUSES
                    : Proof.PAGE_REFUSED_BOUNDARY_REFUSES));
  }

  /**
   * Why the refusal does not count (a 403 where the 404 is due, no audit record), if it does not.
   */
  private static Optional<String> refusalRecorded(
      Subject subject, boolean onlyScope, Outcome answer, long mark, String where)
      throws SQLException {
    if (onlyScope && answer != Outcome.NOT_FOUND) {
      return Optional.of("the " + where + " refused a tenant outside the scope with " + answer);
    }
    long refusals =
        count(
            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND actor = ? AND action = ?",
            mark,
            subject.username(),
            "ACCESS_DENIED");
    if (refusals == 0) {
      return Optional.of("the " + where + " refusal (" + answer + ") left no ACCESS_DENIED record");
    }
    return Optional.empty();
  }

  /** The error page a postback came back as: the page itself, or inside an ajax answer. */
  private static Outcome refusalOf(HttpResponse<String> response) {
    String body = response.body();
    if (response.statusCode() == 200 && body.contains("<partial-response")) {
      if (body.contains("id=\"errorTitle\">Not allowed<")) {
        return Outcome.FORBIDDEN;
      }
      if (body.contains("id=\"errorTitle\">Page not found<")) {
        return Outcome.NOT_FOUND;
      }
      return Outcome.OTHER;
    }
    Outcome outcome = outcome(response);
    return outcome == Outcome.FORBIDDEN || outcome == Outcome.NOT_FOUND ? outcome : Outcome.OTHER;
  }

  private static Rule may(Permission permission) {
    return needs(permission);
  }

  /** Allowed with the permission on a tenant the subject reaches (and reads). */
  private static Rule mayOnTenant(Permission permission) {
    return (s, t) ->
        s.grants(permission) && s.grants(TENANTS_READ) && s.reaches(t)
            ? Outcome.PAGE
            : Outcome.FORBIDDEN;
  }

  private List<Action> actions() {
    return List.of(
        new Action(
                "register tenant",
                true,
                false,
                (s, t) ->
                    s.grants(TENANTS_CREATE) && s.reaches(t) ? Outcome.PAGE : Outcome.FORBIDDEN,
                tags -> new Fixture(0, "", tags),
                f -> "/tenancy/edit.xhtml",
                "editor",
                (f, html) -> "editor:save",
                (f, marker) -> tenantFields(marker, freshDomain(), String.join(",", f.tags()), ""),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM tenant WHERE display_name = ?", marker) > 0)
            .provedAtTheBoundaryBy(
                f -> {
                  String name = probeName();
                  return "call=registerTenant&name="
                      + enc(name)
                      + "&domain="
                      + enc(name.replace(' ', '-').toLowerCase(java.util.Locale.ROOT))
                      + ".example.org&tags="
                      + enc(String.join(",", f.tags()));
                }),
        new Action(
                "edit tenant",
                true,
                false,
                mayOnTenant(TENANTS_UPDATE),
                tags -> tenant(tags, false),
                f -> "/tenancy/edit.xhtml?tenant=" + f.id(),
                "editor",
                (f, html) -> "editor:save",
                (f, marker) ->
                    tenantFields(f.name(), f.domain(), String.join(",", f.tags()), marker),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM tenant WHERE id = ? AND notes = ?", f.id(), marker)
                        > 0)
            .provedAtTheBoundaryBy(
                f ->
                    "call=updateTenant&version=0&id="
                        + f.id()
                        + "&name="
                        + enc(f.name())
                        + "&domain="
                        + enc(f.domain())
                        + "&tags="
                        + enc(String.join(",", f.tags()))),
        new Action(
                "archive tenant",
                true,
                false,
                mayOnTenant(TENANTS_DELETE),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "details",
                (f, html) -> "details:archive",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM tenant WHERE id = ? AND archived_at IS NOT NULL",
                            f.id())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=archiveTenant&version=0&id=" + f.id()),
        new Action(
                "restore tenant",
                true,
                false,
                mayOnTenant(TENANTS_DELETE),
                tags -> tenant(tags, true),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "details",
                (f, html) -> "details:restore",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM tenant WHERE id = ? AND archived_at IS NULL",
                            f.id())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=restoreTenant&version=0&id=" + f.id()),
        new Action(
                "check Microsoft connection",
                true,
                false,
                mayOnTenant(TENANTS_READ),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "connection",
                (f, html) -> "connection:check",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    r.body().contains("connection:failure")
                        || r.body().contains("connection:permissionSummary"))
            .provedAtTheBoundaryBy(f -> "call=checkConnection&id=" + f.id()),
        new Action(
                "recompute health",
                true,
                false,
                mayOnTenant(JOBS_RUN),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "health",
                (f, html) -> "health:recompute",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND tenant_id = ?"
                                + " AND action = 'HEALTH_RECOMPUTED'",
                            mark,
                            f.id())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=recomputeHealth&id=" + f.id()),
        new Action(
                "sync now (tenant page)",
                true,
                false,
                mayOnTenant(JOBS_RUN),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "polling",
                (f, html) -> "polling:syncNow",
                (f, marker) -> Map.of(),
                // a tenant without verified consent is not polled: the page says so, nothing else
                (f, marker, s, mark, r) -> r.body().contains("Send the consent link first"))
            .provedAtTheBoundaryBy(f -> "call=syncNow&id=" + f.id()),
        new Action(
                "create consent link",
                true,
                false,
                mayOnTenant(CONSENT_CREATE),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "consent",
                (f, html) -> "consent:createLink",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM consent_link WHERE tenant_id = ?", f.id()) > 0)
            .provedAtTheBoundaryBy(f -> "call=createConsentLink&id=" + f.id()),
        new Action(
                "send consent link by email",
                true,
                false,
                mayOnTenant(CONSENT_CREATE),
                tags -> withConsentLink(tenant(tags, false)),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "consent",
                (f, html) -> "consent:links:0:send",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM consent_link WHERE id = ? AND sent_to IS NOT NULL",
                            f.link())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=sendConsentLink&id=" + f.id() + "&link=" + f.link()),
        new Action(
                "send re-consent link",
                true,
                false,
                mayOnTenant(CONSENT_CREATE),
                tags -> partiallyConsented(tenant(tags, false)),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "consent",
                (f, html) -> "consent:sendReconsent",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM consent_link WHERE tenant_id = ?"
                                + " AND purpose = 'RECONSENT' AND sent_to IS NOT NULL",
                            f.id())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=sendReconsentLink&id=" + f.id()),
        new Action(
                "verify consent now",
                true,
                false,
                mayOnTenant(CONSENT_RUN),
                tags -> tenant(tags, false),
                f -> "/tenancy/view.xhtml?tenant=" + f.id(),
                "consent",
                (f, html) -> "consent:verify",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND tenant_id = ?"
                                + " AND action = 'CONSENT_CHECKED'",
                            mark,
                            f.id())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=verifyConsent&id=" + f.id()),
        new Action(
                "search tenants (switcher)",
                true,
                true,
                mayOnTenant(TENANTS_READ),
                tags -> tenant(tags, false),
                f -> "/rbac/my-permissions.xhtml",
                "switcher",
                (f, html) -> "switcher:tenant",
                (f, marker) ->
                    Map.of("switcher:tenant_query", f.name(), "switcher:tenant_input", f.name()),
                (f, marker, s, mark, r) -> r.body().contains(f.name()))
            .leavesOutWhatIsRefused(),
        new Action(
                "create role",
                false,
                false,
                may(ROLES_CREATE),
                tags -> new Fixture(0, "", tags),
                f -> "/rbac/role.xhtml",
                "editor",
                (f, html) -> "editor:save",
                (f, marker) -> roleFields(marker, "", f.tags()),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM rbac_role WHERE name = ?", marker) > 0)
            .provedAtTheBoundaryBy(
                f -> "call=createRole&name=" + enc(probeName()) + "&tags=" + tagsOf(f)),
        new Action(
                "edit role",
                false,
                false,
                may(ROLES_UPDATE),
                tags -> role(tags),
                f -> "/rbac/role.xhtml?role=" + f.id(),
                "editor",
                (f, html) -> "editor:save",
                (f, marker) -> roleFields(f.name(), marker, f.tags()),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM rbac_role WHERE id = ? AND description = ?",
                            f.id(),
                            marker)
                        > 0)
            .provedAtTheBoundaryBy(
                f ->
                    "call=changeRole&version=0&id="
                        + f.id()
                        + "&name="
                        + enc(f.name())
                        + "&tags="
                        + tagsOf(f)),
        new Action(
                "delete role",
                false,
                false,
                may(ROLES_DELETE),
                tags -> role(tags),
                f -> "/rbac/roles.xhtml",
                "roles",
                (f, html) -> "roles:roleTable:" + rowOf(html, f.name()) + ":deleteRole",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM rbac_role WHERE id = ?", f.id()) == 0)
            .provedAtTheBoundaryBy(f -> "call=deleteRole&id=" + f.id()),
        new Action(
                "create assignment",
                false,
                false,
                may(ROLES_ASSIGN),
                tags -> new Fixture(0, "", tags),
                f -> "/rbac/assignment.xhtml",
                "editor",
                (f, html) -> "editor:save",
                (f, marker) -> assignmentFields(marker, ""),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM rbac_assignment WHERE name = ?", marker) > 0)
            .provedAtTheBoundaryBy(f -> "call=assign&name=" + enc(probeName()) + probedMembers()),
        new Action(
                "edit assignment",
                false,
                false,
                may(ROLES_ASSIGN),
                tags -> assignment(),
                f -> "/rbac/assignment.xhtml?assignment=" + f.id(),
                "editor",
                (f, html) -> "editor:save",
                (f, marker) -> assignmentFields(f.name(), marker),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM rbac_assignment WHERE id = ? AND description = ?",
                            f.id(),
                            marker)
                        > 0)
            .provedAtTheBoundaryBy(
                f ->
                    "call=changeAssignment&version=0&id="
                        + f.id()
                        + "&name="
                        + enc(f.name())
                        + probedMembers()),
        new Action(
                "remove assignment",
                false,
                false,
                may(ROLES_ASSIGN),
                tags -> assignment(),
                f -> "/rbac/roles.xhtml",
                "roles",
                (f, html) -> "roles:assignmentTable:" + rowOf(html, f.name()) + ":removeAssignment",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM rbac_assignment WHERE id = ?", f.id()) == 0)
            .provedAtTheBoundaryBy(f -> "call=removeAssignment&id=" + f.id()),
        new Action(
                "apply provisioning (resume)",
                true,
                false,
                mayOnboardTenant(),
                tags -> stoppedRun(tenant(tags, false), "PROVISION"),
                f -> "/provisioning/tenant.xhtml?tenant=" + f.id(),
                "progress",
                (f, html) -> "progress:resume",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) -> resumed(f, mark, "PROVISION"))
            .provedAtTheBoundaryBy(f -> "call=applyProvisioning&id=" + f.id()),
        new Action(
                "offboard (resume)",
                true,
                false,
                mayOnboardTenant(),
                tags -> stoppedRun(tenant(tags, false), "OFFBOARD"),
                f -> "/provisioning/tenant.xhtml?tenant=" + f.id(),
                "progress",
                (f, html) -> "progress:resume",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) -> resumed(f, mark, "OFFBOARD"))
            .provedAtTheBoundaryBy(f -> "call=offboardProvisioning&id=" + f.id()),
        new Action(
                "save app catalogue",
                false,
                false,
                (s, t) ->
                    s.grants(CATALOGUE_UPDATE) && s.grants(ONBOARDING_READ)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> new Fixture(0, "", tags),
                f -> "/provisioning/catalogue.xhtml",
                "catalogue",
                (f, html) -> "catalogue:save",
                (f, marker) -> catalogueFields(marker),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM app_catalogue WHERE ios_display_name = ?", marker)
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=saveCatalogue"),
        // not per tenant: the picker offers only the tenants the caller may onboard, and Faces
        // refuses any other submitted value before a use case runs; the boundary's own check of
        // every tenant is proved by the probe (and by ProfileRunIT)
        new Action(
                "start profile run",
                false,
                false,
                mayOnboardTenant(),
                tags -> withProfile(firstInPicker(tenant(tags, false))),
                f -> "/onboarding/profiles.xhtml",
                "rollout",
                (f, html) -> "rollout:applyToTenants",
                (f, marker) ->
                    Map.of(
                        "rollout:rolloutProfile_input",
                        String.valueOf(f.link()),
                        "rollout:rolloutTenants",
                        String.valueOf(f.id())),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM profile_run_tenant WHERE tenant_id = ?", f.id())
                        > 0)
            .provedAtTheBoundaryBy(
                f -> "call=startProfileRun&id=" + f.id() + "&profile=" + f.link()),
        new Action(
                "retry failed tenants of a profile run",
                true,
                false,
                mayOnboardTenant(),
                tags -> failedProfileRun(tenant(tags, false)),
                f -> "/onboarding/profiles.xhtml",
                "runForm",
                (f, html) -> "runForm:retryFailed",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND object_id = ?"
                                + " AND action = 'PROFILE_RUN_RETRIED'",
                            mark,
                            String.valueOf(f.link()))
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=retryProfileRun&id=" + f.link()),
        new Action(
                "save policy template",
                false,
                false,
                (s, t) ->
                    s.grants(POLICIES_UPDATE) && s.grants(POLICIES_READ)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> new Fixture(policyTemplate(), "", tags),
                f -> "/policies/template.xhtml?template=" + f.id(),
                "settings",
                (f, html) -> "settings:save",
                (f, marker) -> templateFields(marker),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM policy_version WHERE change_comment = ?", marker)
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=savePolicyTemplate&id=" + f.id()),
        new Action(
                "save tenant policy",
                true,
                false,
                (s, t) ->
                    s.grants(POLICIES_UPDATE)
                            && s.grants(POLICIES_READ)
                            && s.grants(TENANTS_READ)
                            && s.reaches(t)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> withTenantPolicy(tenant(tags, false)),
                f -> "/policies/tenant.xhtml?tenant=" + f.id() + "&policy=" + f.link(),
                "settings",
                (f, html) -> "settings:save",
                (f, marker) ->
                    Map.of("settings:rows:0:overridden_input", "on", "settings:comment", marker),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM policy_version WHERE change_comment = ?", marker)
                        > 0)
            .provedAtTheBoundaryBy(
                f -> "call=saveTenantPolicy&version=0&id=" + f.id() + "&link=" + f.link()),
        new Action(
                "accept a tenant policy's drift",
                true,
                false,
                (s, t) ->
                    s.grants(POLICIES_UPDATE)
                            && s.grants(POLICIES_READ)
                            && s.grants(TENANTS_READ)
                            && s.reaches(t)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> withDrift(withTenantPolicy(tenant(tags, false))),
                f -> "/policies/tenant.xhtml?tenant=" + f.id() + "&policy=" + f.link(),
                "drift",
                (f, html) -> "drift:accept",
                (f, marker) -> Map.of("drift:acceptComment", marker),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM policy_version WHERE change_comment LIKE ?",
                            "%" + marker)
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=acceptDrift&id=" + f.id() + "&link=" + f.link()),
        // the fixture's tenant never granted consent: the revert is refused by Microsoft, and the
        // failed revert is what the audit shows
        new Action(
                "revert a tenant policy's drift",
                true,
                false,
                (s, t) ->
                    s.grants(POLICIES_ASSIGN)
                            && s.grants(POLICIES_READ)
                            && s.grants(TENANTS_READ)
                            && s.reaches(t)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> withDrift(withTenantPolicy(tenant(tags, false))),
                f -> "/policies/tenant.xhtml?tenant=" + f.id() + "&policy=" + f.link(),
                "drift",
                (f, html) -> "drift:revert",
                (f, marker) -> Map.of(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND object_id = ?"
                                + " AND action IN ('POLICY_DRIFT_REVERTED',"
                                + " 'POLICY_DRIFT_REVERT_FAILED')",
                            mark,
                            String.valueOf(f.link()))
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=revertDrift&id=" + f.id() + "&link=" + f.link()),
        // not per tenant: the picker offers only the tenants the caller may give policies to (as
        // the profile run's); the boundary's own check of every tenant is proved by the probe
        new Action(
                "give a policy template to a tenant",
                false,
                false,
                (s, t) ->
                    s.grants(POLICIES_ASSIGN)
                            && s.grants(POLICIES_READ)
                            && s.grants(TENANTS_READ)
                            && s.reaches(t)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> {
                  Fixture tenant = firstInPicker(tenant(tags, false));
                  return new Fixture(
                      tenant.id(), tenant.name(), tags, tenant.domain(), policyTemplate());
                },
                f -> "/policies/template.xhtml?template=" + f.link(),
                "inheritors",
                (f, html) -> "inheritors:assign",
                (f, marker) -> Map.of("inheritors:pickTenants", String.valueOf(f.id())),
                (f, marker, s, mark, r) ->
                    count("SELECT COUNT(*) FROM tenant_policy WHERE tenant_id = ?", f.id()) > 0)
            .provedAtTheBoundaryBy(
                f -> "call=assignPolicyTemplate&id=" + f.id() + "&link=" + f.link()),
        // the plan (a publish run planning in the background) is what the page offers first;
        // "Approve and publish" appears only with a planned run and runs the same guard (the
        // publish itself is proved by PolicyIT)
        new Action(
                "plan publishing a policy to a tenant",
                false,
                false,
                (s, t) ->
                    s.grants(POLICIES_ASSIGN)
                            && s.grants(POLICIES_READ)
                            && s.grants(TENANTS_READ)
                            && s.reaches(t)
                        ? Outcome.PAGE
                        : Outcome.FORBIDDEN,
                tags -> withPolicyTemplate(tenant(tags, false)),
                f -> "/policies/template.xhtml?template=" + f.link(),
                "publish",
                (f, html) -> "publish:plan",
                (f, marker) -> Map.of("publish:publishTenants", String.valueOf(f.id())),
                (f, marker, s, mark, r) ->
                    r.body().contains("publish:publishRows")
                        && r.body().contains(f.name())
                        && count(
                                "SELECT COUNT(*) FROM policy_publish_run_tenant WHERE tenant_id = ?",
                                f.id())
                            > 0)
            .provedAtTheBoundaryBy(f -> "call=planPublish&id=" + f.id() + "&link=" + f.link()),
        new Action(
                "export audit CSV",
                false,
                false,
                needsAny(AUDIT_READ, TENANTS_READ),
                tags -> new Fixture(0, "", tags),
                f -> "/auditlog/events.xhtml",
                "audit",
                (f, html) -> "audit:export",
                (f, marker) -> auditFilters(),
                (f, marker, s, mark, r) ->
                    count(
                            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND actor = ?"
                                + " AND action = 'AUDIT_EXPORTED'",
                            mark,
                            s.username())
                        > 0)
            .provedAtTheBoundaryBy(f -> "call=exportAudit"));
  }

  /** Onboarding may run on a tenant the subject reaches and reads (its pages need the reading). */
  private static Rule mayOnboardTenant() {
    return (s, t) ->
        s.grants(ONBOARDING_RUN)
                && s.grants(ONBOARDING_READ)
                && s.grants(TENANTS_READ)
                && s.reaches(t)
            ? Outcome.PAGE
            : Outcome.FORBIDDEN;
  }

  /** Whether the tenant's stopped run was resumed by the postback (audited). */
  private static boolean resumed(Fixture f, long mark, String purpose) throws SQLException {
    return count(
            "SELECT COUNT(*) FROM audit_event WHERE id > ? AND tenant_id = ?"
                + " AND action = 'PROVISIONING_RUN_RESUMED' AND after_state LIKE ?",
            mark,
            f.id(),
            "%" + purpose + "%")
        > 0;
  }

  /**
   * The tenant with a stored intent and a stopped run (provisioning or offboarding) of one pending
   * step: the page offers "Resume", which starts no Graph call before the run is resumed.
   */
  private Fixture stoppedRun(Fixture tenant, String purpose) throws SQLException {
    insert(
        "INSERT INTO provisioning_intent (tenant_id, platforms, included, excluded, threat_level,"
            + " applied_groups, updated_by, updated_at, version) VALUES (?, 'IOS',"
            + " 'matrix-group\tMatrix users', '', 'MEDIUM', '', 'matrix', UTC_TIMESTAMP(3), 0)",
        tenant.id());
    long run =
        insert(
            "INSERT INTO provisioning_run (tenant_id, purpose, state, started_by, started_at,"
                + " heartbeat_at, finished_at, reason, version) VALUES (?, ?, 'STOPPED', 'matrix',"
                + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'Microsoft answered 503.',"
                + " 0)",
            tenant.id(),
            purpose);
    insert(
        "INSERT INTO provisioning_step (run_id, position, step_key, step_kind, object_kind,"
            + " platform, object_label, action, details, state) VALUES (?, 0, 'ios.app', 'OBJECT',"
            + " 'MOBILE_APP', 'IOS', 'Matrix app', ?, '', 'PENDING')",
        run,
        purpose.equals("OFFBOARD") ? "DELETE" : "CREATE");
    return tenant;
  }

  /** The tenant renamed to sort first, so the profiles page's tenant picker offers it. */
  private Fixture firstInPicker(Fixture tenant) throws SQLException {
    String name = "0 " + tenant.name();
    insert("UPDATE tenant SET display_name = ? WHERE id = ?", name, tenant.id());
    return new Fixture(tenant.id(), name, tenant.tags(), tenant.domain());
  }

  /** A profile to apply; its id travels as the fixture's link. */
  private Fixture withProfile(Fixture tenant) throws SQLException {
    long profile =
        insert(
            "INSERT INTO onboarding_profile (name, platforms, sync_frequency, threat_level,"
                + " include_prefixes, exclude_prefixes, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, 'IOS', 'HOURS_1', 'MEDIUM', 'MTD-Enroll', '',"
                + " UTC_TIMESTAMP(3), 'matrix', UTC_TIMESTAMP(3), 'matrix', 0)",
            probeName());
    return new Fixture(tenant.id(), tenant.name(), tenant.tags(), tenant.domain(), profile);
  }

  /**
   * The latest profile run, finished with the tenant failed: the profiles page offers "Retry failed
   * tenants" to who may see it. The run's id travels as the fixture's link.
   */
  private Fixture failedProfileRun(Fixture tenant) throws SQLException {
    long profile = withProfile(tenant).link();
    long run =
        insert(
            "INSERT INTO profile_run (profile_id, profile_name, state, started_by,"
                + " started_by_name, started_at, heartbeat_at, finished_at, version) VALUES (?, ?,"
                + " 'FINISHED', 'matrix', 'Matrix', UTC_TIMESTAMP(3) + INTERVAL 1 DAY,"
                + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0)",
            profile,
            "Matrix profile " + profile);
    insert(
        "INSERT INTO profile_run_tenant (run_id, position, tenant_id, tenant_name, state, reason,"
            + " attempts, duration_ms) VALUES (?, 0, ?, ?, 'FAILED', 'Consent missing.', 1, 5)",
        run,
        tenant.id(),
        tenant.name());
    return new Fixture(tenant.id(), tenant.name(), tenant.tags(), tenant.domain(), run);
  }

  /** The catalogue as the demo seeded it, with the marker as the iOS app's name. */
  private static Map<String, String> catalogueFields(String marker) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("catalogue:iosDisplayName", marker);
    fields.put("catalogue:iosPublisher", "Matrix Publisher");
    fields.put("catalogue:iosAppIdentifier", "com.example.matrix");
    fields.put("catalogue:iosStoreUrl", "https://apps.apple.com/app/id1234567890");
    fields.put("catalogue:iosSettings", "");
    fields.put("catalogue:androidDisplayName", "Matrix Android");
    fields.put("catalogue:androidPublisher", "Matrix Publisher");
    fields.put("catalogue:androidAppIdentifier", "com.example.matrix");
    fields.put(
        "catalogue:androidStoreUrl",
        "https://play.google.com/store/apps/details?id=com.example.matrix");
    fields.put("catalogue:androidSettings", "");
    fields.put("catalogue:defaultThreatLevel_input", "MEDIUM");
    fields.put("catalogue:unresponsiveDays_input", "7");
    fields.put("catalogue:unresponsiveDays_hinput", "7");
    return fields;
  }

  private String probeName() {
    return "Matrix probe " + run + " " + (++sequence);
  }

  /** The role, members and scope of an assignment the boundary probe would create or change. */
  private String probedMembers() {
    return "&role=" + readOnlyRole + "&member=member-" + run + "&tags=EMEA";
  }

  private static String tagsOf(Fixture fixture) {
    return enc(String.join(",", fixture.tags()));
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The audit CSV holds the events of the tenants the staff member may read and no others: the
   * out-of-scope tenant's event is in it exactly when Tenants: Read reaches that tenant.
   */
  private void exportHoldsOnlyTheirTenants(
      StaffClient client, Subject subject, Fixture apac, Tally actions) throws Exception {
    HttpResponse<String> page = client.get("/auditlog/events.xhtml");
    if (outcome(page) != Outcome.PAGE) {
      return;
    }
    Map<String, String> fields = new LinkedHashMap<>(auditFilters());
    fields.put("audit", "audit");
    fields.put("audit:export", "");
    fields.put("jakarta.faces.ViewState", StaffClient.viewState(page.body()));
    nonce(page.body()).ifPresent(n -> fields.put(PRIMEFACES_NONCE, n));
    HttpResponse<String> csv =
        client.post(
            formAction(page.body(), "audit", "/auditlog/events.xhtml"), fields, Optional.of(base));
    boolean expected = subject.grants(TENANTS_READ) && subject.reaches(apac);
    actions.count(
        subject.username() + " audit CSV holds the event of " + apac.name(),
        expected,
        expected,
        csv.body().contains(apac.name()));
  }

  private Attempt post(
      StaffClient client,
      Subject subject,
      Action action,
      Fixture fixture,
      String marker,
      boolean ajax)
      throws Exception {
    HttpResponse<String> page = client.get(action.page().apply(fixture));
    boolean opened = outcome(page) == Outcome.PAGE;
    String button = action.button().of(fixture, opened ? page.body() : "");
    if (!opened) {
      // no form, no ViewState: there is no postback to send (one with another page's ViewState
      // only tests how Faces restores a foreign view); the boundary is probed instead
      return new Attempt(page, false, button, 0, page);
    }
    HttpResponse<String> source = page;
    String path = action.page().apply(fixture).replaceAll("\\?.*", "");
    String target = formAction(page.body(), action.form(), path);
    String viewState = StaffClient.viewState(source.body());
    Map<String, String> fields = new LinkedHashMap<>(action.fields().of(fixture, marker));
    nonce(source.body()).ifPresent(n -> fields.put(PRIMEFACES_NONCE, n));
    long postMark = latestAuditId();
    HttpResponse<String> response =
        client.post(
            target,
            ajax
                ? ajaxFields(action.form(), button, fields, viewState)
                : fullFields(action.form(), button, fields, viewState),
            Optional.of(base));
    return new Attempt(page, true, button, postMark, response);
  }

  private static Map<String, String> fullFields(
      String form, String button, Map<String, String> fields, String viewState) {
    Map<String, String> post = new LinkedHashMap<>();
    post.put(form, form);
    post.putAll(fields);
    post.put(button, "");
    post.put("jakarta.faces.ViewState", viewState);
    return post;
  }

  /** As PrimeFaces sends a button's ajax request: source, execute, render and the form. */
  private static Map<String, String> ajaxFields(
      String form, String button, Map<String, String> fields, String viewState) {
    Map<String, String> post = new LinkedHashMap<>();
    post.put("jakarta.faces.partial.ajax", "true");
    post.put("jakarta.faces.source", button);
    post.put("jakarta.faces.partial.execute", button + " " + form);
    post.put("jakarta.faces.partial.render", form);
    post.put(button, button);
    post.put(form, form);
    post.putAll(fields);
    post.put("jakarta.faces.ViewState", viewState);
    return post;
  }

  private static Map<String, String> tenantFields(
      String name, String domain, String tags, String notes) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:displayName", name);
    fields.put("editor:directoryId", domain.toLowerCase(java.util.Locale.ROOT));
    fields.put("editor:contactName", "Max Matrix");
    fields.put("editor:contactEmail", "max@example.org");
    fields.put("editor:scopeTags", tags);
    fields.put("editor:notes", notes);
    return fields;
  }

  /** A role carrying the cell's tags, which a role administrator on those tags may keep. */
  private static Map<String, String> roleFields(
      String name, String description, List<String> tags) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:name", name);
    fields.put("editor:description", description);
    fields.put("editor:scopeTags", String.join(",", tags));
    fields.put("editor:permissions", Permission.TENANTS_READ.name());
    return fields;
  }

  private Map<String, String> assignmentFields(String name, String description) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editor:name", name);
    fields.put(
        "editor:roleId_input", String.valueOf(builtInRoleId(BuiltInRole.READ_ONLY_OPERATOR)));
    fields.put("editor:description", description);
    fields.put("editor:staffMembers", "member-" + run);
    fields.put("editor:groupMembers", "");
    fields.put("editor:scopeTags", "EMEA");
    return fields;
  }

  private static Map<String, String> auditFilters() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("audit:from_input", "");
    fields.put("audit:to_input", "");
    fields.put("audit:actor", "");
    fields.put("audit:action_input", "");
    fields.put("audit:tenant_input", "");
    fields.put("audit:tenant_hinput", "");
    return fields;
  }

  /** The row index of the table row showing this name, or 0 when the page does not show it. */
  private static String rowOf(String html, String name) {
    int at = html.indexOf(">" + name + "<");
    if (at < 0) {
      return "0";
    }
    Matcher row = Pattern.compile("data-ri=\"(\\d+)\"").matcher(html.substring(0, at));
    String index = "0";
    while (row.find()) {
      index = row.group(1);
    }
    return index;
  }

  /** PrimeFaces' CSP mode sends the page's nonce with every postback, as the browser would. */
  private static final String PRIMEFACES_NONCE = "primefaces.nonce";

  private static Optional<String> nonce(String html) {
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
    return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
  }

  /** Where the form posts to, as the page rendered it. */
  private static String formAction(String html, String form, String fallback) {
    Matcher action =
        Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]+)\"")
            .matcher(html);
    return action.find() ? action.group(1).replace("&amp;", "&") : fallback;
  }

  // --- staff, pages and outcomes -----------------------------------------------------------------

  /**
   * A staff member of this run for every built-in role whose demo account reaches all tenants,
   * assigned it on EMEA only: added to the simulator's sign-in provider ({@link
   * SimulatorStaffServlet}), they sign in the ordinary way, so that every built-in role meets a
   * tenant outside its scope.
   */
  private List<Subject> tagScopedStaff() throws Exception {
    List<Subject> scoped = new ArrayList<>();
    StaffClient anonymous = new StaffClient(StaffClient.newHttpClient(), base);
    for (Subject demo : subjects()) {
      if (!demo.scope().allTenants()) {
        continue;
      }
      String username =
          "mx"
              + run
              + "-"
              + demo.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      HttpResponse<String> added =
          anonymous.get(SimulatorStaffServlet.PATH + "?username=" + username);
      assertEquals(200, added.statusCode(), added.body());
      insertAssignment(demo.role(), username, List.of("EMEA"));
      scoped.add(new Subject(username, demo.role(), TenantScope.ofTags(List.of("EMEA"))));
    }
    return scoped;
  }

  private static List<Subject> subjects() {
    return DemoStaffAccounts.ACCOUNTS.stream()
        .map(
            (DemoStaffAccount a) ->
                new Subject(
                    a.getUsername(),
                    a.builtInRole(),
                    a.scopeTags().isEmpty() ? TenantScope.ALL : TenantScope.ofTags(a.scopeTags())))
        .toList();
  }

  /** The tenant inside the subject's scope, and one outside unless they reach all tenants. */
  private static List<Fixture> tenantsFor(
      Subject subject, boolean perTenant, Fixture inside, Fixture outside) {
    if (!perTenant) {
      return List.of(inside);
    }
    return subject.reaches(outside) ? List.of(inside) : List.of(inside, outside);
  }

  private static String where(Subject subject, Fixture tenant, boolean perTenant) {
    if (!perTenant) {
      return "";
    }
    return subject.reaches(tenant) ? " (tenant in scope)" : " (tenant out of scope)";
  }

  private static Outcome outcome(HttpResponse<String> response) {
    String body = response.body();
    return switch (response.statusCode()) {
      case 200 -> body.contains("id=\"explanation\"") ? Outcome.OTHER : Outcome.PAGE;
      case 302 -> Outcome.REDIRECT;
      case 403 -> body.contains("Not allowed") ? Outcome.FORBIDDEN : Outcome.OTHER;
      case 404 -> body.contains("Page not found") ? Outcome.NOT_FOUND : Outcome.OTHER;
      default -> Outcome.OTHER;
    };
  }

  /** The page files: every .xhtml under webapp/ outside WEB-INF and resources. */
  private static Set<String> pageFiles() throws IOException {
    Path webapp = Path.of("webapp");
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(p -> p.toString().endsWith(".xhtml"))
          .map(p -> webapp.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** Cells counted, allowed and denied as expected, and what did not match. */
  private static final class Tally {
    int cells;
    int allowed;
    int denied;
    final List<String> mismatches = new ArrayList<>();

    <T> void count(String cell, boolean allowedCell, T expected, T actual) {
      cells++;
      if (allowedCell) {
        allowed++;
      } else {
        denied++;
      }
      if (!expected.equals(actual)) {
        mismatches.add(cell + ": expected " + expected + ", got " + actual);
      }
    }

    void mismatch(String what) {
      mismatches.add(what);
    }
  }

  /**
   * A tag of this run only: no tag-scoped assignment reaches it, whatever other tests assigned in
   * the same database (the browser test, for example, gives emea-support APAC).
   */
  private String outsideTag() {
    return "Outside" + run;
  }

  // --- policy fixtures: an iOS template with the Standard preset's values, tenant policies
  private final Map<Long, Long> tenantPolicies = new java.util.HashMap<>();

  private long policyTemplate() throws SQLException {
    PolicyValues values = PolicyPreset.STANDARD.values(Platform.IOS);
    String name = "Matrix policy " + run + " " + (++sequence);
    long id =
        insert(
            "INSERT INTO policy_template (name, platform, settings, current_version, updated_at,"
                + " updated_by, version) VALUES (?, 'IOS', ?, 1, UTC_TIMESTAMP(3), 'matrix', 0)",
            name,
            SettingsCodec.encode(values.asMap()));
    insert(
        "INSERT INTO policy_version (owner, owner_id, number, settings, overrides, author,"
            + " change_comment, saved_at) VALUES ('TEMPLATE', ?, 1, ?, '', 'matrix', 'fixture',"
            + " UTC_TIMESTAMP(3))",
        id,
        SettingsCodec.encode(values.asMap()));
    return id;
  }

  /** The tenant with an iOS policy of a new template; the template's id travels as the link. */
  private Fixture withPolicyTemplate(Fixture tenant) throws SQLException {
    long policy = tenantPolicyOf(tenant);
    long template = count("SELECT template_id FROM tenant_policy WHERE id = ?", policy);
    return new Fixture(tenant.id(), tenant.name(), tenant.tags(), tenant.domain(), template);
  }

  /** The tenant with an iOS policy of a new template; the policy's id travels as the link. */
  private Fixture withTenantPolicy(Fixture tenant) throws SQLException {
    return new Fixture(
        tenant.id(), tenant.name(), tenant.tags(), tenant.domain(), tenantPolicyOf(tenant));
  }

  /** The tenant policy with a drifted threat level, as the tenant round would have stored it. */
  private Fixture withDrift(Fixture policy) throws SQLException {
    insert(
        "INSERT INTO policy_drift (tenant_id, tenant_policy_id, field_key, published_value,"
            + " intune_value, detected_at) VALUES (?, ?, 'threatLevel', 'medium', 'high',"
            + " UTC_TIMESTAMP(3)) ON DUPLICATE KEY UPDATE intune_value = 'high'",
        policy.id(),
        policy.link());
    return policy;
  }

  private long tenantPolicyOf(Fixture tenant) throws SQLException {
    Long known = tenantPolicies.get(tenant.id());
    if (known != null) {
      return known;
    }
    long template = policyTemplate();
    long id =
        insert(
            "INSERT INTO tenant_policy (tenant_id, template_id, platform, overrides,"
                + " current_version, updated_at, updated_by, version) VALUES (?, ?, 'IOS', '', 1,"
                + " UTC_TIMESTAMP(3), 'matrix', 0)",
            tenant.id(),
            template);
    insert(
        "INSERT INTO policy_version (owner, owner_id, number, settings, overrides, author,"
            + " change_comment, saved_at) VALUES ('TENANT', ?, 1, ?, '', 'matrix', 'fixture',"
            + " UTC_TIMESTAMP(3))",
        id,
        SettingsCodec.encode(PolicyPreset.STANDARD.values(Platform.IOS).asMap()));
    tenantPolicies.put(tenant.id(), id);
    return id;
  }

  /** Every setting of the Standard iOS template as the template page posts it, named by marker. */
  private static Map<String, String> templateFields(String marker) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("settings:name", marker);
    fields.put("settings:comment", marker);
    int i = 0;
    for (SettingRow row : SettingRow.of(PolicyPreset.STANDARD.values(Platform.IOS))) {
      String suffix =
          switch (row.getKind()) {
            case "CHOICE" -> ":choice_input";
            case "YES_NO" -> ":yesNo_input";
            default -> ":text";
          };
      fields.put("settings:rows:" + (i++) + suffix, row.getValue());
    }
    return fields;
  }

  // --- fixtures, straight in the database
  // ---------------------------------------------------------

  private Fixture tenant(List<String> tags, boolean archived) throws SQLException {
    String name = "Matrix " + run + " " + (++sequence) + " " + String.join(" ", tags);
    String domain = "matrix-" + run + "-" + sequence + ".example.org";
    long id =
        insert(
            "INSERT INTO tenant (display_name, directory_id, contact_name, contact_email, lifecycle,"
                + " scope_tags, archived_at, created_at, updated_at, updated_by, version)"
                + " VALUES (?, ?, 'Max Matrix', 'max@example.org', 'INVITED', ?, "
                + (archived ? "UTC_TIMESTAMP(3)" : "NULL")
                + ", UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'matrix', 0)",
            name,
            domain,
            String.join(",", tags));
    return new Fixture(id, name, tags, domain);
  }

  /** The tenant with a consent link that is usable and not sent yet. */
  private Fixture withConsentLink(Fixture tenant) throws SQLException {
    long link =
        insert(
            "INSERT INTO consent_link (tenant_id, purpose, requested, status, created_at,"
                + " created_by, expires_at, version) VALUES (?, 'CONSENT', '', 'CREATED',"
                + " UTC_TIMESTAMP(3), 'matrix', UTC_TIMESTAMP(3) + INTERVAL 7 DAY, 0)",
            tenant.id());
    return new Fixture(tenant.id(), tenant.name(), tenant.tags(), tenant.domain(), link);
  }

  /** The tenant as verified partially consented (a permission missing): re-consent is offered. */
  private Fixture partiallyConsented(Fixture tenant) throws SQLException {
    insert(
        "INSERT INTO consent_status (tenant_id, status, granted, missing, reason, advice,"
            + " last_verified_at, updated_at, version) VALUES (?, 'PARTIAL', 'User.Read.All',"
            + " 'Application.Read.All', 'A permission is missing.', 'Send a re-consent link.',"
            + " UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 0)",
        tenant.id());
    return tenant;
  }

  /** An event about the tenant, so that exports show whether they hold its events. */
  private void recordTenantEvent(Fixture tenant) throws SQLException {
    insert(
        "INSERT INTO audit_event (occurred_at, actor, action, tenant_id, object_type, object_id,"
            + " after_state) VALUES (UTC_TIMESTAMP(3), 'matrix', 'TENANT_REGISTERED', ?, 'Tenant', ?, ?)",
        tenant.id(),
        String.valueOf(tenant.id()),
        "{\"displayName\":\"" + tenant.name() + "\"}");
  }

  private Fixture role(List<String> tags) throws SQLException {
    String name = "Matrix role " + run + " " + (++sequence);
    long id = insert("INSERT INTO rbac_role (name, description, version) VALUES (?, '', 0)", name);
    insert(
        "INSERT INTO rbac_role_permission (role_id, permission) VALUES (?, ?)",
        id,
        Permission.TENANTS_READ.name());
    for (String tag : tags) {
      insert("INSERT INTO rbac_role_scope_tag (role_id, scope_tag) VALUES (?, ?)", id, tag);
    }
    return new Fixture(id, name, tags);
  }

  private Fixture assignment() throws SQLException {
    String name = "Matrix assignment " + run + " " + (++sequence);
    long id =
        insertAssignment(BuiltInRole.READ_ONLY_OPERATOR, "member-" + run, List.of("EMEA"), name);
    return new Fixture(id, name, List.of("EMEA"));
  }

  private long insertAssignment(BuiltInRole role, String member, List<String> tags)
      throws SQLException {
    return insertAssignment(role, member, tags, "Matrix grant " + run + " " + (++sequence));
  }

  private long insertAssignment(BuiltInRole role, String member, List<String> tags, String name)
      throws SQLException {
    long id =
        insert(
            "INSERT INTO rbac_assignment (name, description, role_id, all_tenants, version)"
                + " VALUES (?, '', ?, FALSE, 0)",
            name,
            builtInRoleId(role));
    insert("INSERT INTO rbac_assignment_staff (assignment_id, username) VALUES (?, ?)", id, member);
    for (String tag : tags) {
      insert(
          "INSERT INTO rbac_assignment_scope_tag (assignment_id, scope_tag) VALUES (?, ?)",
          id,
          tag);
    }
    return id;
  }

  private static void deleteAssignment(long id) throws SQLException {
    try (Connection db = TestDatabase.get().connect();
        PreparedStatement delete =
            db.prepareStatement("DELETE FROM rbac_assignment WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  private static long builtInRoleId(BuiltInRole role) throws SQLException {
    try (Connection db = TestDatabase.get().connect();
        PreparedStatement query =
            db.prepareStatement("SELECT id FROM rbac_role WHERE built_in = ?")) {
      query.setString(1, role.name());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long latestAuditId() throws SQLException {
    return count("SELECT COALESCE(MAX(id), 0) FROM audit_event");
  }

  /** A simulated tenant's domain nobody registered yet: registration asks Microsoft. */
  private static String freshDomain() {
    try (Connection db = TestDatabase.get().connect()) {
      return com.mtdconnect.testsupport.FreshTenants.next(db).domain();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long count(String sql, Object... parameters) throws SQLException {
    try (Connection db = TestDatabase.get().connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static long insert(String sql, Object... parameters) throws SQLException {
    try (Connection db = TestDatabase.get().connect();
        PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(insert, parameters);
      insert.executeUpdate();
      try (ResultSet key = insert.getGeneratedKeys()) {
        return key.next() ? key.getLong(1) : 0;
      }
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
