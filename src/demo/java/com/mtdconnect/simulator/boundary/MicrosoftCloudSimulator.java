package com.mtdconnect.simulator.boundary;

import com.mtdconnect.simulator.control.directory.MembershipChurn;
import com.mtdconnect.simulator.control.directory.SimIds;
import com.mtdconnect.simulator.control.directory.TenantDirectory;
import com.mtdconnect.simulator.control.directory.TenantGenerator;
import com.mtdconnect.simulator.control.identity.IdentityEndpoint;
import com.mtdconnect.simulator.control.identity.MspDirectoryGraph;
import com.mtdconnect.simulator.control.identity.OidcProvider;
import com.mtdconnect.simulator.control.identity.ServicePrincipals;
import com.mtdconnect.simulator.control.identity.TokenAuthority;
import com.mtdconnect.simulator.control.identity.TokenEndpointGate;
import com.mtdconnect.simulator.control.intune.AdminEdits;
import com.mtdconnect.simulator.control.intune.MtdConnectors;
import com.mtdconnect.simulator.control.intune.ReportExportJobs;
import com.mtdconnect.simulator.control.presenter.ControlPage;
import com.mtdconnect.simulator.control.presenter.LoadControls;
import com.mtdconnect.simulator.control.transport.AppWideGate;
import com.mtdconnect.simulator.control.transport.GraphEndpoint;
import com.mtdconnect.simulator.control.transport.RequestCounts;
import com.mtdconnect.simulator.control.transport.SimulatedClock;
import com.mtdconnect.simulator.control.transport.ThrottleGate;
import com.mtdconnect.simulator.entity.AppRegistration;
import com.mtdconnect.simulator.entity.ChurnRate;
import com.mtdconnect.simulator.entity.GraphAppRole;
import com.mtdconnect.simulator.entity.RequestCount;
import com.mtdconnect.simulator.entity.SimRequest;
import com.mtdconnect.simulator.entity.SimResponse;
import com.mtdconnect.simulator.entity.SimStaffAccount;
import com.mtdconnect.simulator.entity.SimulatedTenant;
import com.mtdconnect.simulator.entity.SimulatorConfig;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Microsoft cloud simulator: one entry point turning a request into a response, plus the Java
 * API tests and the demo control page use to shape tenants (consent, faults, directory changes,
 * clock). Thread-safe.
 */
public final class MicrosoftCloudSimulator {

  /** See {@link SimRequest#PUBLIC_BASE_HEADER}. */
  public static final String PUBLIC_BASE_HEADER = SimRequest.PUBLIC_BASE_HEADER;

  private final SimulatorConfig config;
  private final List<SimulatedTenant> tenants;
  private final Map<String, SimulatedTenant> byDomain = new HashMap<>();
  private final Map<String, AppRegistration> applications = new ConcurrentHashMap<>();
  private final SimulatedClock clock;
  private final ThrottleGate gate;
  private final AppWideGate appGate;
  private final TokenEndpointGate tokenGate;
  private final RequestCounts counts = new RequestCounts();
  private final MembershipChurn churn = new MembershipChurn();
  private final IdentityEndpoint identity;
  private final GraphEndpoint graph;
  private final TokenAuthority authority;
  private final List<SimStaffAccount> staff = new CopyOnWriteArrayList<>();
  private final Map<String, String> staffNotes = new ConcurrentHashMap<>();
  private volatile OidcProvider oidc;
  private volatile MspDirectoryGraph mspDirectory;
  private final ReportExportJobs exportJobs = new ReportExportJobs();
  private final ControlPage control;

  private MicrosoftCloudSimulator(SimulatorConfig config, Clock time) {
    this.config = config;
    this.clock = new SimulatedClock(time);
    this.tenants =
        List.copyOf(
            new TenantGenerator(config.seed(), config.customerNames())
                .generate(config.tenantCount()));
    for (SimulatedTenant t : tenants) {
      byDomain.put(t.domain().toLowerCase(Locale.ROOT), t);
      if (t.index() < config.customerNames().size()) {
        // the named sample customers have also verified a custom domain (contoso.onmicrosoft.com
        // and contoso.com), as real customers usually have
        byDomain.put(t.domain().replace(".onmicrosoft.com", ".com"), t);
      }
      t.grantConsent(Set.of(GraphAppRole.portalSet()));
      t.installFailureShare(config.installFailureShare());
    }
    this.authority = new TokenAuthority(Clock.systemUTC(), config.tokenLifetime());
    this.gate = new ThrottleGate(config.limits());
    this.appGate = new AppWideGate(config.appLimits());
    this.tokenGate = new TokenEndpointGate(config.appLimits());
    this.identity =
        new IdentityEndpoint(
            this::findTenant,
            applications,
            authority,
            Clock.systemUTC(),
            this::tenants,
            tokenGate,
            counts);
    this.graph =
        new GraphEndpoint(
            authority,
            this::findTenant,
            this::directory,
            gate,
            appGate,
            counts,
            clock,
            config.deltaTokenLifetime(),
            config.deltaPageSize(),
            new ServicePrincipals(() -> applications.values().stream().findFirst()),
            exportJobs);
    this.control =
        new ControlPage(
            this::tenants,
            this::findTenant,
            clock,
            new LoadControls(this::findTenant, this::directory, counts, churn, appGate, tokenGate));
  }

  /**
   * Generates the tenants; every tenant starts consented with the portal's permission set. The
   * simulated clock runs on the system clock.
   */
  public static MicrosoftCloudSimulator create(SimulatorConfig config) {
    return new MicrosoftCloudSimulator(config, Clock.systemUTC());
  }

  /**
   * As {@link #create(SimulatorConfig)}, with the simulated clock running on {@code time} (the
   * portal's clock in demo mode, so that tests moving the portal's clock move installs, heartbeats,
   * churn and delta-token ages with it). Issued access tokens keep real time, as MSAL does.
   */
  public static MicrosoftCloudSimulator create(SimulatorConfig config, Clock time) {
    return new MicrosoftCloudSimulator(config, time);
  }

  /**
   * Routes {@code /login/...} to Entra ID (the MSP's own tenant to the staff sign-in provider, when
   * enabled), {@code /graph/...} to Graph and {@code /control} to the demo control page; anything
   * else is 404.
   */
  public SimResponse handle(SimRequest request) {
    String path = request.path();
    OidcProvider provider = oidc;
    if (provider != null) {
      String mspTenant = "/login/" + provider.tenantId() + "/";
      if (path.startsWith(mspTenant)) {
        return provider.handle(request, path.substring(mspTenant.length() - 1));
      }
      if (path.equals("/graph/oidc/userinfo")) {
        return provider.userinfo(request);
      }
      MspDirectoryGraph directoryGraph = mspDirectory;
      if (path.startsWith("/graph/")
          && directoryGraph != null
          && provider.carriesDirectoryToken(request)) {
        return directoryGraph.handle(request, path.substring("/graph".length()));
      }
    }
    if (path.startsWith("/login/")) {
      return identity.handle(request, path.substring("/login".length()));
    }
    if (path.startsWith("/graph/")) {
      return graph.handle(request, path.substring("/graph".length()));
    }
    if (path.startsWith("/reports/")) {
      return exportJobs
          .tenantOf(path)
          .map(t -> exportJobs.download(request, path, directory(t)))
          .orElseGet(() -> SimResponse.json(404, "{\"error\":\"not_found\"}"));
    }
    if (path.equals("/control") || path.startsWith("/control/")) {
      String base = request.header(PUBLIC_BASE_HEADER).orElse("");
      return control.handle(request, path.substring("/control".length()), base);
    }
    return SimResponse.json(404, "{\"error\":\"not_found\"}");
  }

  /**
   * Turns on the MSP's own Entra tenant {@code tenantId} as the OpenID Connect provider of one
   * relying party (the portal's staff sign-in) with these staff accounts; {@code groupNames} names
   * their Entra groups (by object id) on the account picker.
   */
  public void enableStaffSignIn(
      String tenantId,
      String clientId,
      String clientSecret,
      List<SimStaffAccount> accounts,
      Map<String, String> groupNames) {
    staff.clear();
    staff.addAll(accounts);
    mspDirectory = new MspDirectoryGraph(() -> staff, groupNames);
    oidc =
        new OidcProvider(
            tenantId,
            authority,
            () -> staff,
            ids -> ids.stream().map(id -> groupNames.getOrDefault(id, id)).toList(),
            username -> Optional.ofNullable(staffNotes.get(username)),
            clientId,
            clientSecret,
            Clock.systemUTC());
  }

  /**
   * Adds a staff account to the sign-in provider's account picker, or replaces the one of the same
   * username (tests sign in as staff of their own besides the demo MSP's).
   */
  public void addStaffAccount(SimStaffAccount account) {
    staff.removeIf(a -> a.username().equals(account.username()));
    staff.add(account);
  }

  /**
   * A line the account picker shows under a staff member, e.g. what the demo portal lets them do
   * (the simulator itself knows nothing of the portal's roles).
   */
  public void noteStaff(String username, String note) {
    staffNotes.put(username, note);
  }

  /** Registers the MSP's app registration (client id, secret and/or certificates). */
  public void registerApplication(AppRegistration application) {
    applications.put(application.clientId(), application);
  }

  public SimulatorConfig config() {
    return config;
  }

  public List<SimulatedTenant> tenants() {
    return tenants;
  }

  public SimulatedTenant tenant(int index) {
    return tenants.get(index);
  }

  /** A tenant by id (GUID) or primary domain. */
  public Optional<SimulatedTenant> findTenant(String idOrDomain) {
    Optional<Long> index = SimIds.indexOf(config.seed(), SimIds.TENANT, idOrDomain);
    if (index.isPresent() && index.get() < tenants.size()) {
      return Optional.of(tenants.get(index.get().intValue()));
    }
    return Optional.ofNullable(byDomain.get(idOrDomain.toLowerCase(Locale.ROOT)));
  }

  /**
   * The tenant's users, groups and devices, with methods to change memberships; the tenant's churn
   * due by now (see {@link #churn}) is made first.
   */
  public TenantDirectory directory(SimulatedTenant tenant) {
    TenantDirectory directory = new TenantDirectory(tenant, clock);
    churn.catchUp(directory);
    return directory;
  }

  /**
   * Lets the tenant's directory change by itself at {@code rate} per simulated hour from now on
   * (users joining and leaving groups, devices enrolled and retired); {@link ChurnRate#NONE} stops
   * it.
   */
  public void churn(SimulatedTenant tenant, ChurnRate rate) {
    churn.rate(new TenantDirectory(tenant, clock), rate);
  }

  public ChurnRate churnRate(SimulatedTenant tenant) {
    return churn.rate(tenant);
  }

  /**
   * Makes {@code memberships} membership changes (adds and removes in user groups) and {@code
   * devices} device changes (enrolments and retirements) in the tenant now.
   */
  public MembershipChurn.Changes churnNow(SimulatedTenant tenant, int memberships, int devices) {
    return churn.changeNow(new TenantDirectory(tenant, clock), memberships, devices);
  }

  /** What the tenant's endpoints received since the last {@link #resetRequestCounts()}. */
  public RequestCount requests(SimulatedTenant tenant) {
    return counts.of(tenant.index());
  }

  /** What all tenants' endpoints received since the last {@link #resetRequestCounts()}. */
  public RequestCount totalRequests() {
    return counts.total();
  }

  public void resetRequestCounts() {
    counts.reset();
  }

  /** Graph requests answered 429 because the app was over a limit across all tenants. */
  public long throttledAppWide() {
    return appGate.throttledCount();
  }

  /** Token requests answered 429 because the app asked one tenant for tokens too often. */
  public long throttledTokenRequests() {
    return tokenGate.throttledCount();
  }

  public SimulatedClock clock() {
    return clock;
  }

  /** Requests answered 429 because they exceeded the throttling limits. */
  public long throttledByLimits() {
    return gate.throttledCount();
  }

  /**
   * An administrator changes one property of the tenant's compliance policy in the Intune admin
   * center (as a PATCH would: {@code lastModifiedDateTime} moves to the simulator's now).
   *
   * @throws IllegalArgumentException with Intune's reason when it would refuse the change
   */
  public void changeCompliancePolicy(
      SimulatedTenant tenant, String policyId, String property, String value) {
    AdminEdits.changeCompliancePolicy(tenant, policyId, property, value, clock.now())
        .ifPresent(
            refused -> {
              throw new IllegalArgumentException(refused);
            });
  }

  /** Creates an enabled MTD connector for {@code partnerId} in the tenant. */
  public void seedConnector(SimulatedTenant tenant, String partnerId) {
    MtdConnectors.seed(tenant, partnerId, clock);
  }
}
